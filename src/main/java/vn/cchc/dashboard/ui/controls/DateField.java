package vn.cchc.dashboard.ui.controls;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.cchc.dashboard.i18n.Formats;

/**
 * A date picker that shows and reads dd/MM/yyyy. A mistyped date ("31/02/2026") keeps the previous value
 * and is reported once through {@code onInvalid}, instead of an exception on the FX thread.
 */
public final class DateField extends DatePicker {

    public DateField(Consumer<String> onInvalid) {
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Formats.DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return getValue();
                }
                return Formats.parseDate(text).orElseGet(() -> {
                    onInvalid.accept(text.strip());
                    getEditor().setText(toString(getValue()));
                    return getValue();
                });
            }
        });
    }
}
