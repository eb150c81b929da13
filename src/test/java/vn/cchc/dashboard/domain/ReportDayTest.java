package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data date of a report is never after today; a period not over is an estimate. */
class ReportDayTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @ParameterizedTest(name = "{0} as of {1}: data to {2}, estimate {3}")
    @CsvSource({
            "2026,    ,           2026-12-04, true",
            "2026-9M, ,           2026-09-14, false",
            "2026-H1, ,           2026-06-14, false",
            "2025,    ,           2025-12-14, false",
            "2027-Q1, ,           2026-12-04, true",
            "2026,    2026-11-30, 2026-11-30, true",
            "2026-H1, 2026-06-14, 2026-06-14, false",
            ",        2026-12-04, 2026-12-04, false",
            ",        2026-06-21, 2026-06-21, false"})
    void aReportIsCutOffAtTodayAtTheLatest(String code, LocalDate asOf, LocalDate day, boolean estimate) {
        ReportPeriod period = code == null ? null : ReportPeriod.parse(code).orElseThrow();

        assertThat(ReportDay.of(period, asOf, TODAY)).contains(new ReportDay(day, estimate));
    }

    @ParameterizedTest
    @CsvSource({"2026, 2026-12-05", ", 2026-12-14"})
    void anAsOfDateAfterTodayIsRefused(String code, LocalDate asOf) {
        ReportPeriod period = code == null ? null : ReportPeriod.parse(code).orElseThrow();

        assertThat(ReportDay.of(period, asOf, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} as of {1}: dated {2}")
    @CsvSource({
            "2026-H1, 2026-06-14, 2026-06-20",
            "2026-H1, 2026-08-01, 2026-08-01",
            "2026,    2026-12-04, 2026-12-20",
            ",        2026-12-04, 2026-12-04"})
    void theHeadingIsNeverDatedBeforeTheData(String code, LocalDate day, LocalDate dated) {
        ReportPeriod period = code == null ? null : ReportPeriod.parse(code).orElseThrow();

        assertThat(new ReportDay(day, false).dated(period)).isEqualTo(dated);
    }
}
