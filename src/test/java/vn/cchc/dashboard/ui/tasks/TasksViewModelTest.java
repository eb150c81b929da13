package vn.cchc.dashboard.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;

class TasksViewModelTest {

    static AppContext context;
    static Overview overview;

    @BeforeAll
    static void open(@TempDir Path folder) {
        context = AppContext.open(folder, TestClock.today(), true);
        overview = context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    TasksViewModel model(TaskSelection selection) {
        return new TasksViewModel(new SimpleObjectProperty<>(overview), new SimpleObjectProperty<>(selection),
                new SimpleObjectProperty<>(), Messages.of(Language.VI));
    }

    @Test
    void hiddenTheListWaitsAndShownItCatchesUpWithThePlanAndTheUnitAskedFor() {
        SimpleObjectProperty<Overview> shown = new SimpleObjectProperty<>(overview);
        SimpleObjectProperty<Long> leadRequest = new SimpleObjectProperty<>();
        TasksViewModel model = new TasksViewModel(shown, new SimpleObjectProperty<>(TaskSelection.ALL), leadRequest,
                Messages.of(Language.VI));
        int thisYear = model.rows().size();
        model.deactivate();
        Overview lastYear = context.plans().overview(context.plans().planFor(2025), TestClock.TODAY, null, 60);
        shown.set(lastYear);
        long unit = lastYear.snapshot().tasks().get(0).leadUnitId();
        leadRequest.set(unit);
        assertThat(model.rows()).as("nothing rebuilt while hidden").hasSize(thisYear);

        model.activate();
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.leadUnitId() == unit)
                .hasSize((int) lastYear.snapshot().tasks().stream().filter(t -> t.leadUnitId() == unit).count());
        assertThat(leadRequest.get()).isNull();
    }

    @Test
    void aTilesSelectionShowsExactlyItsTasksAndSaysSo() {
        TasksViewModel model = model(TaskSelection.OVERDUE);
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.category() == DeadlineCategory.OVERDUE && r.daysOverdue() > 0);
        assertThat(model.rows()).hasSize(overview.select(TaskSelection.OVERDUE).size());
        assertThat(model.filterText().get()).isEqualTo("Đang lọc: Quá hạn chưa hoàn thành");
        assertThat(model.countText().get()).isEqualTo(model.rows().size() + "/" + model.rows().size() + " nhiệm vụ");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        TasksViewModel model = model(TaskSelection.ALL);
        int all = model.rows().size();
        model.search().set("Hồ Sơ");
        assertThat(model.rows()).isNotEmpty().hasSizeLessThan(all)
                .allMatch(r -> Text.fold(String.join(" ", r.title(), r.lead(), r.area(), r.cooperation(), r.output()))
                        .matches(".*\\bho so.*"));
        model.search().set("ho so truc tuyen");
        assertThat(model.rows()).isNotEmpty().anyMatch(r -> r.title().contains("hồ sơ trực tuyến"));
        model.search().set("SỞ NỘI VỤ");
        assertThat(model.rows()).isNotEmpty().anyMatch(r -> r.lead().equals("Sở Nội vụ"))
                .allMatch(r -> r.lead().equals("Sở Nội vụ") || r.cooperation().contains("Sở Nội vụ"));
    }

    @Test
    void areaAndLeadUnitNarrowTheListAndShowInTheFilter() {
        TasksViewModel model = model(TaskSelection.ALL);
        model.area().set(model.areas().stream().filter(a -> a.code().equals("TC")).findFirst().orElseThrow());
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.areaCode().equals("TC"));
        model.lead().set(model.leads().stream().filter(u -> u.name().equals("Sở Tư pháp")).findFirst().orElseThrow());
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.lead().equals("Sở Tư pháp") && r.areaCode().equals("TC"));
        assertThat(model.filterText().get()).isEqualTo("Đang lọc: Cải cách thể chế · Sở Tư pháp");
        assertThat(model.leads()).extracting(u -> u.name()).isSortedAccordingTo(Text.vietnameseOrder());
        model.clearFilter();
        assertThat(model.area().get()).isNull();
        assertThat(model.lead().get()).isNull();
        assertThat(model.filterText().get()).isEmpty();
    }

    @Test
    void clearingTheFilterShowsEveryTask() {
        SimpleObjectProperty<TaskSelection> filter = new SimpleObjectProperty<>(TaskSelection.STALE);
        TasksViewModel model = new TasksViewModel(new SimpleObjectProperty<>(overview), filter, new SimpleObjectProperty<>(),
                Messages.of(Language.VI));
        model.search().set("xyz không có");
        assertThat(model.rows()).isEmpty();
        model.clearFilter();
        assertThat(filter.get()).isEqualTo(TaskSelection.ALL);
        assertThat(model.filterText().get()).isEmpty();
        assertThat(model.rows()).hasSize(overview.states().size());
    }

    @Test
    void theLaggingListOpensOneUnitsTasksAndTheRequestIsThenForgotten() {
        long finance = overview.snapshot().units().stream().filter(u -> u.name().equals("Sở Tài chính")).findFirst()
                .orElseThrow().id();
        SimpleObjectProperty<Long> request = new SimpleObjectProperty<>(finance);
        TasksViewModel model = new TasksViewModel(new SimpleObjectProperty<>(overview),
                new SimpleObjectProperty<>(TaskSelection.ALL), request, Messages.of(Language.VI));
        assertThat(model.lead().get().name()).isEqualTo("Sở Tài chính");
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.leadUnitId() == finance);
        assertThat(request.get()).isNull();
        model.lead().set(null);
        assertThat(model.rows().size()).isGreaterThan(10);
    }
}
