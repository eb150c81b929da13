package vn.cchc.dashboard.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

/** Thư viện chỉ số: an indicator defined and targeted in the form, its problems at their fields, its history read. */
class LibraryViewModelTest {

    @TempDir
    Path folder;
    AppContext context;
    final QueuedBackground background = new QueuedBackground();
    final AtomicInteger changes = new AtomicInteger();
    LibraryViewModel model;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
        context.settings().setUserName("Nguyễn Thị Hạnh");
        model = new LibraryViewModel(context.indicatorLibrary(), background, Messages.of(Language.VI),
                TestClock.VIETNAM, 2026, changes::incrementAndGet);
        model.load();
        background.runAll();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aNewIndicatorWithItsTargetIsSavedAndItsHistoryReads() {
        model.startNew();
        model.name().set("Tỷ lệ kết quả TTHC trả qua dịch vụ bưu chính công ích");
        model.area().set(model.areas().stream().filter(a -> a.code().equals("TTHC")).findFirst().orElseThrow());
        model.type().set(IndicatorType.PERCENT);
        model.numerator().set("Kết quả trả qua bưu chính");
        model.denominator().set("Kết quả đã trả");
        model.measureUnit().set("%");
        model.source().set("Kế hoạch số 171/KH-UBND");
        model.target().set("30");
        model.document().set("Kế hoạch số 171/KH-UBND");
        model.baseline().set("21,5");
        model.baselineYear().set("2025");
        model.milestones().get(1).set("25");
        model.save();
        background.runAll();

        assertThat(model.problems()).isEmpty();
        assertThat(model.feedback().get()).startsWith("Đã lưu chỉ số TY_LE_KET_QUA_TTHC_TRA_QUA");
        assertThat(changes.get()).isEqualTo(1);
        assertThat(model.selected().get().code()).startsWith("TY_LE_KET_QUA_TTHC_TRA_QUA");
        assertThat(model.target().get()).isEqualTo("30");
        assertThat(model.baseline().get()).isEqualTo("21,5");
        assertThat(model.milestones().get(1).get()).isEqualTo("25");
        assertThat(model.history()).hasSize(3).anySatisfy(line -> assertThat(line)
                .isEqualTo("23/11/2026 10:00 · Nguyễn Thị Hạnh (" + System.getProperty("user.name")
                        + ") · Chỉ tiêu năm 2026: 30 · Kế hoạch số 171/KH-UBND (2025: 21,5)"))
                .anySatisfy(line -> assertThat(line).endsWith("Các mốc năm 2026: 6 tháng đầu năm 2026: 25"));

        model.year().set(2027);
        assertThat(model.target().get()).as("another year's target is its own").isEmpty();
    }

    @Test
    void problemsAreShownAtTheirFieldsAndNothingIsSaved() {
        int before = model.indicators().size();
        model.startNew();
        model.name().set("");
        model.type().set(IndicatorType.PERCENT);
        model.numerator().set("Hồ sơ");
        model.target().set("tám mươi");
        model.baseline().set("60");
        model.save();
        background.runAll();

        assertThat(model.problems()).containsKeys("target", "baselineYear");
        model.target().set("80");
        model.document().set("KH 171");
        model.baselineYear().set("2025");
        model.save();
        background.runAll();
        assertThat(model.problems()).containsKeys("name", "denominator");
        assertThat(model.problems().get("name")).isEqualTo("Hãy nhập tên chỉ số.");
        model.load();
        background.runAll();
        assertThat(model.indicators()).hasSize(before);
    }
}
