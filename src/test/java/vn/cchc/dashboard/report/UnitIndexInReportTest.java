package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.ReportService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * The six-month report names each lagging unit with why, and cites where the unit stood in the province's own
 * reform index — last year's, the newest fully scored — as provisional until that year's results are locked.
 */
@Tag(TestDatabase.TAG)
class UnitIndexInReportTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

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

    private List<String> laggingSentences() {
        Report report = context.reports().build(new ReportService.Request(plan,
                new ReportPeriod(2026, ReportPeriod.Kind.H1), null, EnumSet.allOf(ReportPart.class), Language.VI));
        return report.body().stream().map(Block::text).filter(t -> t.contains("Chỉ số CCHC năm")).toList();
    }

    @Test
    void aLaggingUnitIsNamedWithItsIndexOfLastYearProvisionalUntilLocked() {
        List<String> cited = laggingSentences();
        assertThat(cited).isNotEmpty().allSatisfy(t -> assertThat(t)
                .containsPattern("; Chỉ số CCHC năm 2025 đạt \\d+,\\d\\d%, (xếp|đồng) hạng \\d+/(14 sở, ban, ngành|8 xã,"
                        + " phường) \\(kết quả tạm tính, chưa khóa\\)\\.$"));

        context.unitIndex().lock(2025, vn.cchc.dashboard.domain.unitindex.IndexGroup.DEPARTMENTS);
        assertThat(laggingSentences()).filteredOn(t -> t.contains("sở, ban, ngành")).isNotEmpty()
                .allSatisfy(t -> assertThat(t).doesNotContain("tạm tính").endsWith(" sở, ban, ngành."));
    }
}
