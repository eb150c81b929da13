package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** The report at its limits, composed from plans in memory: no data at all, and thousands of tasks. */
class ReportLimitsTest {

    private final Messages vi = Messages.of(Language.VI);

    @Test
    void aPlanNobodyReportedOnSaysThereIsNoDataRatherThanPrintingZeros() {
        Report report = ReportComposer.compose(LargePlans.inputs(LargePlans.plan(40, 4, false, "Sở Nội vụ")), vi);
        String text = report.asText();
        assertThat(report.headline()).isEqualTo("Đến ngày 14/06/2026, chưa có cơ quan, đơn vị nào cập nhật tiến độ "
                + "thực hiện Kế hoạch CCHC năm 2026 (thử), nên chưa có số liệu để đánh giá kết quả trong kỳ.");
        assertThat(text).contains(report.headline())
                .contains("Kế hoạch năm giao 20 nhiệm vụ; chưa có số liệu tiến độ trong kỳ.")
                .contains("Chưa có số liệu tiến độ trong kỳ nên chưa thể đánh giá")
                .doesNotContain("0/40").doesNotContain("0,00%").doesNotContain("chậm tiến độ, cụ thể");
        assertThat(report.annex()).isEmpty();
        assertThat(report.figures()).isEmpty();
        assertThat(report.lagging()).isNull();
    }

    @Test
    void thousandsOfTasksAreSummarisedWithACountInTheTextAndTheAnnex() {
        Report report = ReportComposer.compose(LargePlans.inputs(LargePlans.plan(3000, 150, true, "Sở Nội vụ")), vi);
        // Every list in the text names a few and counts the rest.
        List<String> items = report.body().stream().filter(b -> b instanceof Block.Item).map(Block::text).toList();
        assertThat(items.size()).isLessThan(60);
        assertThat(items).anyMatch(i -> i.equals("… và " + vi.formats().count(1000 - AreaSections.TASKS_NAMED)
                + " nhiệm vụ khác."));
        AnnexTable overdue = report.annex().get(2);
        assertThat(overdue.rows()).hasSize(AnnexTables.ROW_LIMIT);
        assertThat(overdue.note()).isEqualTo("Còn 1.900 trong tổng số 2.000 nhiệm vụ quá hạn (chậm từ 75 ngày trở "
                + "xuống) không liệt kê tại biểu này.");
        AnnexTable units = report.annex().get(1);
        // The units that fit, plus the header of their group (the fixture's units are all communes).
        assertThat(units.rows().stream().filter(r -> !r.get(2).isEmpty())).hasSize(AnnexTables.ROW_LIMIT);
        assertThat(units.rows().get(0)).startsWith("I", "UBND cấp xã");
        assertThat(units.note()).startsWith("Còn 50 trong tổng số 150 cơ quan, đơn vị");
        assertThat(units.total().get(2)).isEqualTo("3.000");
        assertThat(report.headline()).contains("1.000/3.000 nhiệm vụ, đạt 33,33%");
    }
}
