package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "kỳ tới" of a report: the period after an official one, or after any day. */
class NextPeriodTest {

    @ParameterizedTest(name = "after {0}: {1} {2} to {3}")
    @CsvSource({
            "2026-Q1, Q2,   2026, 2026-06-14",
            "2026-H1, H2,   2026, 2026-12-14",
            "2026-9M, Q4,   2026, 2026-12-14",
            "2026,    YEAR, 2027, 2027-12-14"})
    void anOfficialPeriodIsFollowedByTheRestOfItsYearOrTheNextYear(String code, NextPeriod.Span span, int year,
                                                                   LocalDate end) {
        NextPeriod next = ReportPeriod.parse(code).orElseThrow().next();

        assertThat(next).isEqualTo(new NextPeriod(span, year, end));
    }

    @ParameterizedTest(name = "after {0}: {1} {2}")
    @CsvSource({
            "2026-01-05, Q1, 2026, 2026-03-14",
            "2026-03-14, Q2, 2026, 2026-06-14",
            "2026-06-21, Q3, 2026, 2026-09-14",
            "2026-12-04, Q4, 2026, 2026-12-14",
            "2026-12-20, Q1, 2027, 2027-03-14"})
    void anyOtherDayIsFollowedByTheQuarterEndingAtTheNextCutOff(LocalDate day, NextPeriod.Span span, int year,
                                                               LocalDate end) {
        assertThat(NextPeriod.after(day)).isEqualTo(new NextPeriod(span, year, end));
    }

    @ParameterizedTest(name = "{0}: tasks due until {1}")
    @CsvSource({
            "2026-Q1, 2026-06-14",
            "2026-H1, 2026-12-31",
            "2026-9M, 2026-12-31",
            "2026,    2026-12-31"})
    void aPeriodReachingTheYearsCutOffListsTheTasksDueUntilTheYearsEnd(String code, LocalDate until) {
        NextPeriod next = ReportPeriod.parse(code).orElseThrow().next();

        assertThat(next.tasksDueUntil(2026)).isEqualTo(until);
    }

    @ParameterizedTest(name = "{0}: beyond the plan year {1}")
    @CsvSource({"2026-H1, false", "2026-9M, false", "2026, true"})
    void onlyTheNextYearLiesBeyondThePlan(String code, boolean beyond) {
        assertThat(ReportPeriod.parse(code).orElseThrow().next().beyond(2026)).isEqualTo(beyond);
    }
}
