package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressDraftTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} {1} {2}% → {3}")
    @CsvSource(nullValues = "null", value = {
            "2026-11-23, COMPLETED, null, ''",
            "2026-06-15, IN_PROGRESS, 40, ''",
            "2026-11-24, COMPLETED, null, date:progress.problem.future",
            "null, IN_PROGRESS, 10, date:progress.problem.noDate",
            "2024-12-31, IN_PROGRESS, 10, date:progress.problem.beforePlan",
            "2025-12-20, IN_PROGRESS, 10, ''",
            "2026-06-15, null, 10, status:progress.problem.noStatus",
            "2026-06-15, IN_PROGRESS, 101, percent:progress.problem.percentRange",
            "2026-06-15, IN_PROGRESS, -1, percent:progress.problem.percentRange",
            "2026-06-15, IN_PROGRESS, 100, percent:progress.problem.fullButNotDone",
            "2026-06-15, NOT_STARTED, 20, percent:progress.problem.startedButNotStarted"})
    void eachProblemNamesItsField(LocalDate date, TaskStatus status, Integer percent, String expected) {
        ProgressDraft draft = new ProgressDraft(date, status, percent, "ghi chú", "12/QĐ-UBND");
        String found = String.join(",", draft.problems(TODAY, 2026).stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void completedMeansAHundredPercentAndBlankTextsAreNone() {
        ProgressDraft draft = new ProgressDraft(TODAY, TaskStatus.COMPLETED, 30, "  ", "");
        assertThat(draft.effectivePercent()).isEqualTo(100);
        assertThat(draft.note()).isNull();
        assertThat(draft.evidence()).isNull();
    }

    @Test
    void overlongTextsAreRefused() {
        ProgressDraft draft = new ProgressDraft(TODAY, TaskStatus.IN_PROGRESS, 10, "x".repeat(2001), "y".repeat(501));
        assertThat(draft.problems(TODAY, 2026)).extracting(FieldProblem::field).containsExactly("note", "evidence");
    }
}
