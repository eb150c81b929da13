package vn.cchc.dashboard.ui.controls;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes: how a value reads; nothing is ever typed back. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
