package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The days a report hangs on: when each period's report is due, where the next period ends, and the day figures are
 * compared with.
 */
class ReportingDaysTest {

    @ParameterizedTest
    @CsvSource({"2026-Q1, 2026-03-20", "2026-H1, 2026-06-20", "2026-9M, 2026-09-20", "2026, 2026-12-20"})
    void aReportIsDueOnThe20thOfItsPeriodsLastMonth(String code, LocalDate due) {
        assertThat(ReportPeriod.parse(code).orElseThrow().reportDue()).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"2026-06-14, 2026-09-14", "2026-06-13, 2026-06-14", "2026-12-14, 2027-03-14",
            "2026-12-31, 2027-03-14", "2026-01-01, 2026-03-14"})
    void theNextCutOffIsStrictlyAfterTheDay(LocalDate day, LocalDate next) {
        assertThat(ReportingCutoffs.next(day)).isEqualTo(next);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-07, , 2026-09-14", "2026-09-14, , 2026-06-14", "2026-03-01, , 2025-12-14",
            "2026-12-07, 2026-11-01, 2026-11-01"})
    void figuresAreComparedWithTheDayChosenElseThePreviousCutOff(LocalDate asOf, LocalDate chosen, LocalDate since) {
        assertThat(ReportingCutoffs.comparison(asOf, chosen)).isEqualTo(since);
    }
}
