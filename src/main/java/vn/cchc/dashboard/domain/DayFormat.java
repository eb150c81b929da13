package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * How a day is written and read, in one place for the window, the files and the command line: written dd/MM/yyyy as
 * in every Vietnamese document; read as people type it into a field or a spreadsheet cell — 30/6/2023, 30-06-2023,
 * 30.06.2023 or ISO 2023-06-30. A day that does not exist (31/02) is none, never the nearest real one.
 */
public final class DayFormat {

    /** "21/06/2023". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** "23/11/2026 08:15": when something was entered or made. */
    public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final List<DateTimeFormatter> READ_FORMS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    private DayFormat() {
    }

    /** The day {@code text} names in one of the forms read, or empty. */
    public static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter form : READ_FORMS) {
            try {
                return Optional.of(LocalDate.parse(t, form));
            } catch (DateTimeParseException ignored) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }
}
