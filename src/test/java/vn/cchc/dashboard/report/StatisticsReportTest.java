package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.ReportService;
import vn.cchc.dashboard.app.statistics.StatisticsSubmission;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticsCheck;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * The sample province's six-month report states each area's figures from the units' statistics, beside the same
 * period of last year, and carries them in a statistics annex; the figures are those of the returns recorded, a unit's
 * corrected return included, and agree with the indicator section wherever both speak of the same rate.
 */
@Tag(TestDatabase.TAG)
class StatisticsReportTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    static final ReportPeriod H1 = new ReportPeriod(2026, ReportPeriod.Kind.H1);

    @TempDir
    Path folder;
    AppContext context;
    Plan plan;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
        plan = context.plans().planFor(2026);
    }

    @AfterEach
    void close() {
        context.close();
    }

    Report report() {
        return context.reports().build(new ReportService.Request(plan, H1, null, EnumSet.allOf(ReportPart.class),
                Language.VI));
    }

    static List<String> texts(Report report) {
        return report.body().stream().map(Block::text).toList();
    }

    @Test
    void everyAreaOfTheSixMonthReportStatesItsFiguresAndTheAnnexListsThem() {
        Report report = report();
        List<String> texts = texts(report);

        // I.3 (direction) and the six reform areas of II each have their figures after their tasks.
        List<String> areasWithFigures = new ArrayList<>();
        String heading = null;
        for (Block block : report.body()) {
            if (block instanceof Block.Heading h && h.level() == 2) {
                heading = h.text();
            } else if (block.text().equals("Một số kết quả cụ thể:")) {
                areasWithFigures.add(heading);
            }
        }
        assertThat(areasWithFigures).containsExactly("3. Thực hiện các nhiệm vụ về công tác chỉ đạo, điều hành",
                "1. Cải cách thể chế", "2. Cải cách thủ tục hành chính", "3. Cải cách tổ chức bộ máy hành chính nhà nước",
                "4. Cải cách chế độ công vụ", "5. Cải cách tài chính công",
                "6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số");
        assertThat(texts).anyMatch(t -> t.matches("Số liệu thống kê 6 tháng đầu năm 2026 trong báo cáo được tổng hợp từ"
                + " báo cáo của (\\d+)/\\1 cơ quan, đơn vị\\."));
        assertThat(texts).anyMatch(t -> t.matches("Hồ sơ thủ tục hành chính đã tiếp nhận: [\\d.]+ hồ sơ, (tăng|giảm)"
                + " [\\d.]+ hồ sơ \\([\\d,]+%\\) so với cùng kỳ năm 2025\\."));
        // Nobody in the sample counts the procedures simplified: marked for the office, not printed as 0.
        assertThat(report.body()).filteredOn(b -> b instanceof Block.Placeholder).map(Block::text)
                .contains("Chưa có số liệu: Thủ tục hành chính được đơn giản hóa. Bổ sung trước khi ban hành báo cáo.");

        AnnexTable annex = report.annex().get(report.annex().size() - 1);
        assertThat(annex.title()).isEqualTo("Biểu 6. Số liệu thống kê 6 tháng đầu năm 2026 (tính đến ngày 14/06/2026)");
        assertThat(annex.rows()).anyMatch(r -> r.get(1).equals("Thủ tục hành chính được đơn giản hóa")
                && r.get(3).equals("Chưa có số liệu"));
    }

    @Test
    void theOnlineRateOfTheStatisticsIsTheOneTheIndicatorSectionStates() {
        List<String> texts = texts(report());
        String statistics = rate(texts, "Hồ sơ tiếp nhận trực tuyến: [\\d.]+ hồ sơ, chiếm ([\\d,]+%)");
        String indicator = rate(texts, "Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt ([\\d,]+%)");
        assertThat(statistics).isEqualTo(indicator);
    }

    private static String rate(List<String> texts, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return texts.stream().map(pattern::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing matches " + regex));
    }

    @Test
    void aUnitsCorrectedReturnIsWhatTheReportAddsUp() {
        String before = rate(texts(report()), "Số cuộc kiểm tra cải cách hành chính: ([\\d.]+) cuộc");
        Unit unit = context.progressExchange().formUnits(plan).get(0).unit();
        var current = context.statistics().digest(plan, H1).orElseThrow().status().sent().stream()
                .filter(s -> s.unit().id() == unit.id()).findFirst().orElseThrow().current();
        List<StatisticsCheck.Cell> cells = new ArrayList<>();
        current.values().forEach((code, amount) -> cells.add(new StatisticsCheck.Cell(code,
                code.equals("KT_CCHC") ? amount.add(java.math.BigDecimal.TEN).toPlainString() : amount.toPlainString(), null)));
        context.statistics().take(List.of(new StatisticsSubmission("bieu-sua.xlsx", 2, unit.id(), H1.code(), cells)));

        String after = rate(texts(report()), "Số cuộc kiểm tra cải cách hành chính: ([\\d.]+) cuộc");
        assertThat(Integer.parseInt(after)).isEqualTo(Integer.parseInt(before) + 10);
    }
}
