package vn.cchc.dashboard.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.KpiFigure;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

class OverviewViewModelTest {

    /** A national-scale plan: 1.384 of 3.003 tasks done, as the provinces had in mid-2023. */
    static PlanSnapshot nationalMid2023() {
        Plan plan = new Plan(1, 2023, "Kế hoạch CCHC năm 2023", null, null, PlanScope.NATIONAL, "NQ76", false, false);
        ReformArea area = new ReformArea("NQ76", "TTHC", "Cải cách thủ tục hành chính", "Administrative procedure reform", 3);
        Unit unit = new Unit(1, "UBND tỉnh Hưng Yên", null, UnitKind.PROVINCE, null, null, null);
        List<Task> tasks = new ArrayList<>();
        List<ProgressUpdate> updates = new ArrayList<>();
        for (int i = 1; i <= 3003; i++) {
            tasks.add(new Task(i, 1, "T." + i, "TTHC", "Nhiệm vụ " + i, 1, List.of(), null, null, "Quý IV",
                    LocalDate.of(2023, 12, 31), false, i));
            if (i <= 1384) {
                updates.add(new ProgressUpdate(i, i, LocalDate.of(2023, 6, 1), TaskStatus.COMPLETED, 100, null, null,
                        "Bộ Nội vụ", Instant.parse("2023-06-01T02:00:00Z"), null));
            }
        }
        return new PlanSnapshot(plan, List.of(area), List.of(unit), tasks, updates);
    }

    static Overview overview(PlanSnapshot snapshot) {
        return Overview.of(snapshot, null, LocalDate.of(2023, 6, 21), LocalDate.of(2023, 3, 14), 60);
    }

    final List<TaskSelection> opened = new ArrayList<>();

    @Test
    void headlineIsToldTheWayOfficialReportsTellIt() {
        OverviewViewModel model = new OverviewViewModel(new SimpleObjectProperty<>(overview(nationalMid2023())),
                Messages.of(Language.VI), opened::add, d -> { });
        assertThat(model.headline().get()).isEqualTo("1.384/3.003 nhiệm vụ, đạt 46,09% so với kế hoạch năm");
        assertThat(model.asOfText().get()).isEqualTo("Tính đến ngày 21/06/2023");
        assertThat(model.completion().get()).isCloseTo(0.4609, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(model.tiles()).extracting(OverviewViewModel.Tile::selection).containsExactlyElementsOf(KpiFigure.TILES);
        OverviewViewModel.Tile completed = model.tiles().get(0);
        assertThat(completed.value()).isEqualTo("1.384/3.003");
        assertThat(completed.detail()).isEqualTo("46,09%");
        assertThat(completed.change()).isEqualTo("+1.384 so với 14/03/2023");
        assertThat(completed.tendency()).isEqualTo(OverviewViewModel.Tendency.GOOD);
        OverviewViewModel.Tile stale = model.tiles().get(model.tiles().size() - 1);
        assertThat(stale.label()).isEqualTo("Quá 60 ngày chưa cập nhật");
        assertThat(stale.value()).isEqualTo("1.619");
        assertThat(stale.change()).as("all 3.003 were untouched for over 60 days on 14/3").isEqualTo("−1.384 so với 14/03/2023");
        assertThat(stale.tendency()).isEqualTo(OverviewViewModel.Tendency.GOOD);
        assertThat(model.areas()).singleElement().satisfies(a -> {
            assertThat(a.ratio()).isEqualTo("1.384/3.003");
            assertThat(a.percent()).isEqualTo("46,09%");
        });
    }

    @Test
    void aTileOpensItsTasks() {
        OverviewViewModel model = new OverviewViewModel(new SimpleObjectProperty<>(overview(nationalMid2023())),
                Messages.of(Language.VI), opened::add, d -> { });
        model.open(TaskSelection.OVERDUE);
        assertThat(opened).containsExactly(TaskSelection.OVERDUE);
    }

    @Test
    void englishUsesEnglishNumbersAndAreaNames() {
        OverviewViewModel model = new OverviewViewModel(new SimpleObjectProperty<>(overview(nationalMid2023())),
                Messages.of(Language.EN), opened::add, d -> { });
        assertThat(model.headline().get()).isEqualTo("1,384/3,003 tasks, 46.09% of the annual plan");
        assertThat(model.areas().get(0).name()).isEqualTo("Administrative procedure reform");
    }

    @Test
    void followsTheSummaryUntilDisposed() {
        SimpleObjectProperty<Overview> summary = new SimpleObjectProperty<>();
        OverviewViewModel model = new OverviewViewModel(summary, Messages.of(Language.VI), opened::add, d -> { });
        assertThat(model.headline().get()).isEmpty();
        summary.set(overview(nationalMid2023()));
        assertThat(model.headline().get()).startsWith("1.384/3.003");
        model.dispose();
        summary.set(null);
        assertThat(model.headline().get()).as("a disposed model no longer listens").startsWith("1.384/3.003");
    }
}
