package vn.cchc.dashboard.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one doorway to slow work (database, files, reports): {@code work} runs off the FX thread and the
 * result comes back on it. View models take this interface; tests pass a same-thread implementation.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
