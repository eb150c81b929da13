package vn.cchc.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The listeners one view or view model registered on longer-lived state, removed together by
 * {@link #dispose()} when it goes away, so that a replaced view neither leaks nor keeps reacting.
 */
public final class Subscriptions {

    private final List<Runnable> removals = new ArrayList<>();

    /** Calls {@code action} with the current value now and with every new value after. */
    public <T> void follow(ObservableValue<T> value, Consumer<? super T> action) {
        ChangeListener<T> listener = (obs, old, now) -> action.accept(now);
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
        action.accept(value.getValue());
    }

    public void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
