package vn.cchc.dashboard.domain.imports;

import java.time.LocalDate;

/**
 * The day a tracking workbook's statuses and percentages stand on – its data date – and who said so. An unfinished
 * status (or a completion without its date) is recorded on this day, never on the day of the import: the file's
 * figures were true then, and only then.
 *
 * @param row the title row the date was read from; 0 when the user gave it
 */
public record DataDate(LocalDate date, Source source, int row) {

    /** Where a data date came from: the user's word wins over the file's. */
    public enum Source { FILE, USER }

    public static DataDate fromFile(DataDateLine line) {
        return new DataDate(line.date(), Source.FILE, line.row());
    }

    public static DataDate typed(LocalDate date) {
        return new DataDate(date, Source.USER, 0);
    }
}
