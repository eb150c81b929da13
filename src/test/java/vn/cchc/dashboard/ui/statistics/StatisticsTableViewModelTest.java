package vn.cchc.dashboard.ui.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticKind;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;
import vn.cchc.dashboard.ui.QueuedBackground;

/** Số liệu thống kê → Bảng chỉ tiêu: an item added, refused with the service's sentence, removed; read-only roles. */
@Tag(TestDatabase.TAG)
class StatisticsTableViewModelTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;
    QueuedBackground background = new QueuedBackground();

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private StatisticsTableViewModel model(boolean editable) {
        StatisticsTableViewModel model = new StatisticsTableViewModel(context.statistics(), background,
                Messages.of(Language.VI), 2026, editable);
        model.load();
        background.runAll();
        return model;
    }

    @Test
    void aNewRateIsAddedAtTheEndLinkedToItsTargetAndRemovedAgain() {
        StatisticsTableViewModel model = model(true);
        int before = model.items().size();
        model.startNew();
        model.code().set("hs_dvc_06");
        model.area().set(model.areas().stream().filter(a -> a.code().equals("CPS")).findFirst().orElseThrow());
        model.label().set("Hồ sơ dịch vụ công thiết yếu Đề án 06");
        model.measure().set("hồ sơ");
        model.kind().set(StatisticKind.NUMERATOR);
        model.pair().set("HS_TIEP_NHAN");
        model.indicator().set("HS_TRUC_TUYEN");
        model.save();
        background.runAll();

        assertThat(model.feedback().get()).isEqualTo("Đã thêm chỉ tiêu HS_DVC_06 vào bảng số liệu năm 2026.");
        assertThat(model.items()).hasSize(before + 1);
        StatisticItem added = model.items().get(model.items().size() - 1);
        assertThat(added.code()).isEqualTo("HS_DVC_06");
        assertThat(added.indicatorCode()).isEqualTo("HS_TRUC_TUYEN");
        assertThat(model.selected().get()).isEqualTo(added);
        assertThat(model.adding().get()).isFalse();

        model.remove();
        background.runAll();
        assertThat(model.feedback().get()).isEqualTo("Đã xóa chỉ tiêu HS_DVC_06 khỏi bảng số liệu năm 2026.");
        assertThat(model.items()).hasSize(before);
        assertThat(model.adding().get()).isTrue();
    }

    @Test
    void changingTheKindOfAnItemWithFiguresIsRefusedAndChangesNothing() {
        StatisticsTableViewModel model = model(true);
        model.selected().set(model.items().stream().filter(i -> i.code().equals("HS_DUNG_HAN")).findFirst().orElseThrow());
        model.kind().set(StatisticKind.COUNT);
        model.save();
        background.runAll();

        assertThat(model.problem().get()).startsWith("Các đơn vị đã gửi số liệu chỉ tiêu HS_DUNG_HAN năm 2026");
        assertThat(model.feedback().get()).isEmpty();
        assertThat(context.statistics().table(2026).item("HS_DUNG_HAN").orElseThrow().kind())
                .isEqualTo(StatisticKind.NUMERATOR);
    }

    @Test
    void aRoleThatOnlyReadsChangesNothing() {
        StatisticsTableViewModel model = model(false);
        model.startNew();
        model.code().set("MOI");
        model.save();
        background.runAll();
        assertThat(context.statistics().table(2026).item("MOI")).isEmpty();
        assertThat(model.editable()).isFalse();
    }
}
