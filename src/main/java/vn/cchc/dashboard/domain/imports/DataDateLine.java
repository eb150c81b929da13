package vn.cchc.dashboard.domain.imports;

import java.time.LocalDate;

/**
 * A title line that says what day a tracking workbook's figures stand on ("Số liệu tính đến ngày 21/6/2023"), as the
 * file writes it.
 *
 * @param row  the row number of the line in the file
 * @param text the line as written, for the problems list and the preview
 * @param date the day it names, or null when that day does not exist ("31/02/2023")
 */
public record DataDateLine(int row, String text, LocalDate date) {

    /** False for a day that does not exist: the line is a data date, but one to refuse. */
    public boolean exists() {
        return date != null;
    }
}
