package vn.cchc.dashboard.domain.imports;

import vn.cchc.dashboard.domain.DueDate;

/**
 * One task row read from a plan table, before it is matched against the database.
 *
 * @param code     the task's code in the plan, the section's Roman numeral in front ("II.3")
 * @param areaCode the reform area of its section or area column; null when that could not be read
 * @param due      the deadline read from {@code deadlineText}; null when it could not be read
 * @param progress what a tracking workbook says about the task; null when nothing
 * @param leadColumn the lead unit's column letter, for problems found when the units are matched
 */
public record ImportRow(String sheet, int row, String code, String areaCode, String title, String leadText,
                        String cooperationText, String output, String deadlineText, DueDate due,
                        ImportedProgress progress, String leadColumn) {
}
