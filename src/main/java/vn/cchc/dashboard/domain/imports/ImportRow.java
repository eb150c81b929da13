package vn.cchc.dashboard.domain.imports;

import vn.cchc.dashboard.domain.DueDate;

/**
 * One task row read from a plan table, before it is matched against the database.
 *
 * @param code     the task's code in the plan, the section's Roman numeral in front ("II.3")
 * @param areaCode the reform area of its section or area column; null when that could not be read
 * @param deadlineText    the deadline text the task keeps: as written, or with the meaning the user gave for it
 * @param deadlineWritten the deadline text as the file writes it
 * @param due      the deadline read from {@code deadlineText}; null when it could not be read
 * @param progress what a tracking workbook says about the task; null when nothing
 * @param leadColumn the lead unit's column letter, for problems found when the units are matched
 */
public record ImportRow(String sheet, int row, String code, String areaCode, String title, String leadText,
                        String cooperationText, String output, String deadlineText, String deadlineWritten, DueDate due,
                        ImportedProgress progress, String leadColumn) {

    /** True when the task keeps the meaning the user gave for its deadline text rather than the text as written. */
    public boolean deadlineAnswered() {
        return due != null && !deadlineText.equals(deadlineWritten);
    }

    /** True when the deadline text could not be read (nor was it answered): the user must say what it means. */
    public boolean deadlineUnread() {
        return due == null && !deadlineWritten.isEmpty();
    }
}
