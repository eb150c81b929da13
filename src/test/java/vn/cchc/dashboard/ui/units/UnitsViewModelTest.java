package vn.cchc.dashboard.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

class UnitsViewModelTest {

    @TempDir
    Path folder;
    AppContext context;
    QueuedBackground background = new QueuedBackground();
    AtomicInteger changes = new AtomicInteger();
    UnitsViewModel model;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
        model = new UnitsViewModel(context.units(), background, Messages.of(Language.VI), changes::incrementAndGet);
        model.load();
        background.runAll();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theRegisterListsEveryUnitInVietnameseOrderWithItsSuccessor() {
        assertThat(model.rows()).hasSize(38);
        assertThat(model.rows()).extracting(UnitsViewModel.Row::name).isSortedAccordingTo(Text.vietnameseOrder());
        UnitsViewModel.Row merged = model.rows().stream().filter(r -> r.name().equals("Sở Kế hoạch và Đầu tư")).findFirst().orElseThrow();
        assertThat(merged.validTo()).isEqualTo("28/02/2025");
        assertThat(merged.successor()).isEqualTo("Sở Tài chính");
        model.search().set("ubnd cap huyen");
        assertThat(model.rows()).hasSize(5).allMatch(r -> r.kind().equals("UBND cấp huyện"));
    }

    @Test
    void aNewUnitIsSavedAndAProblemComesBackToTheForm() {
        UnitsViewModel.Form form = model.newForm(true);
        form.name.set("Sở Tư pháp");
        AtomicInteger shownAgain = new AtomicInteger();
        model.save(form, shownAgain::incrementAndGet);
        background.runAll();
        assertThat(form.problems).containsKey("name");
        assertThat(shownAgain.get()).isEqualTo(1);

        form.name.set("Sở Ngoại vụ");
        form.kind.set(UnitKind.DEPARTMENT);
        model.save(form, shownAgain::incrementAndGet);
        background.runAll();
        assertThat(model.feedback().get()).isEqualTo("Đã lưu đơn vị Sở Ngoại vụ.");
        assertThat(model.rows()).anyMatch(r -> r.name().equals("Sở Ngoại vụ"));
    }

    @Test
    void aMergerIsToldWithTheTasksThatMoved() {
        model.selected().set(model.rows().stream().filter(r -> r.name().equals("Sở Tư pháp")).findFirst().orElseThrow());
        UnitsViewModel.MergeForm form = model.newMergeForm(TestClock.TODAY);
        assertThat(form.candidates).noneMatch(u -> u.name().equals("Sở Tư pháp") || u.validTo() != null);
        form.successor.set(form.candidates.stream().filter(u -> u.name().equals("Sở Nội vụ")).findFirst().orElseThrow());
        form.date.set(LocalDate.of(2026, 12, 1));
        model.merge(form);
        background.runAll();
        assertThat(model.feedback().get()).startsWith("Đã sáp nhập Sở Tư pháp vào Sở Nội vụ từ ngày 01/12/2026; ");
        assertThat(changes.get()).isEqualTo(1);
        assertThat(model.rows().stream().filter(r -> r.name().equals("Sở Tư pháp")).findFirst().orElseThrow().successor())
                .isEqualTo("Sở Nội vụ");
    }
}
