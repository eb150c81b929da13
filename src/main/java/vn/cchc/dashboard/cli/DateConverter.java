package vn.cchc.dashboard.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;

/** Reads {@code --as-of} and other dates as users type them (see {@link Formats#parseDate}). */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    private final Messages messages;

    DateConverter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public LocalDate convert(String value) {
        return Formats.parseDate(value).orElseThrow(
                () -> new CommandLine.TypeConversionException(messages.format("error.date.invalid", value)));
    }
}
