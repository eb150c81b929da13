package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One task of a plan's "Danh mục nhiệm vụ".
 *
 * @param code              the number as printed in the plan, e.g. "II.3"
 * @param cooperatingUnitIds units named as cooperating (cơ quan phối hợp)
 * @param cooperationText   the plan's own wording of the cooperating bodies ("Các sở, ban, ngành; UBND cấp xã")
 * @param deadlineText      "Thời gian hoàn thành" as written in the plan
 * @param dueDate           the normalised due date (see {@link DeadlineText}); year end for recurring tasks; null
 *                          for a task with no fixed deadline ("Theo tiến độ của Trung ương"), which is never late
 * @param recurring         a "thường xuyên" task, reported apart from the deadline categories
 */
public record Task(long id, long planId, String code, String areaCode, String title, long leadUnitId,
                   List<Long> cooperatingUnitIds, String cooperationText, String expectedOutput,
                   String deadlineText, LocalDate dueDate, boolean recurring, int sortOrder) {

    public Task {
        code = Text.requireNonBlank(code, "code");
        Text.requireNonBlank(areaCode, "areaCode");
        title = Text.requireNonBlank(title, "title");
        if (recurring) {
            Objects.requireNonNull(dueDate, "a recurring task's dueDate (its year end)");
        }
        cooperatingUnitIds = List.copyOf(cooperatingUnitIds);
        cooperationText = Text.blankToNull(cooperationText);
        expectedOutput = Text.blankToNull(expectedOutput);
        deadlineText = Text.blankToNull(deadlineText);
    }

    /** "Theo tiến độ của Trung ương", "Khi có yêu cầu": no date to be late against. */
    public boolean hasNoFixedDeadline() {
        return dueDate == null;
    }
}
