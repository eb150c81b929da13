package vn.cchc.dashboard.domain.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** A day as cells hold it: 30/6/2023, 30-06-2023, 30.06.2023 or 2023-06-30; a day that does not exist is none. */
final class DayText {

    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    private DayText() {
    }

    static Optional<LocalDate> parse(String text) {
        String t = text.strip();
        for (DateTimeFormatter form : FORMS) {
            try {
                return Optional.of(LocalDate.parse(t, form));
            } catch (DateTimeParseException ignored) {
                // not this form
            }
        }
        return Optional.empty();
    }
}
