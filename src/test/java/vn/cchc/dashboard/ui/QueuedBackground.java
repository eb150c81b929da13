package vn.cchc.dashboard.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A {@link Background} for view-model tests: work waits until the test runs it, in the order it chooses. */
public final class QueuedBackground implements Background {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    public void runLast() {
        queue.pollLast().run();
    }

    public void runFirst() {
        queue.poll().run();
    }
}
