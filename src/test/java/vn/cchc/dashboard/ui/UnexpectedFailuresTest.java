package vn.cchc.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnexpectedFailuresTest {

    private final QueuedBackground background = new QueuedBackground();
    private final List<Throwable> shown = new ArrayList<>();
    private final List<Runnable> closers = new ArrayList<>();
    private final UnexpectedFailures failures = new UnexpectedFailures(background, (failure, closed) -> {
        shown.add(failure);
        closers.add(closed);
    });

    @Test
    void aFailureOnAnotherThreadIsShownThroughTheBackgroundDoorway() {
        IllegalStateException failure = new IllegalStateException("in a worker");

        failures.uncaughtException(new Thread("worker"), failure);
        assertThat(shown).isEmpty();
        background.runAll();

        assertThat(shown).containsExactly(failure);
    }

    @Test
    void failuresWhileTheDialogIsOpenAreOnlyLoggedAndTheNextOneAfterClosingIsShownAgain() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException repeated = new IllegalStateException("again, at the next layout pass");
        IllegalStateException later = new IllegalStateException("later");

        failures.uncaughtException(new Thread("worker"), first);
        failures.uncaughtException(new Thread("worker"), repeated);
        background.runAll();
        closers.get(0).run();
        failures.uncaughtException(new Thread("worker"), later);
        background.runAll();

        assertThat(shown).containsExactly(first, later);
    }
}
