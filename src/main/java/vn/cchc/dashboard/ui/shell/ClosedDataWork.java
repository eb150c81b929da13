package vn.cchc.dashboard.ui.shell;

import java.util.function.BiFunction;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.ui.ScreenId;
import vn.cchc.dashboard.ui.controls.ProgressStrip;
import vn.cchc.dashboard.work.Progress;

/**
 * A change that needs the data closed — its own embedded database file is replaced or rewritten by a restore or an
 * encryption change: the shell is released, the data closed, the change run in the background under the progress
 * strip, the data opened again and what happened shown. One machinery for both, so that they fail, cancel and
 * reopen alike.
 */
final class ClosedDataWork {

    /**
     * What a change made on the closed data left, and the secrets that open the data now: the sentence to show, or
     * the failure (told by its dialog, headed by {@code failureTitle} — not as the corner's information notice).
     */
    record Outcome(String text, SessionSecrets secrets, RuntimeException failure, String failureTitle) {

        Outcome(String text, SessionSecrets secrets) {
            this(text, secrets, null, null);
        }

        static Outcome failed(RuntimeException failure, String title, SessionSecrets secrets) {
            return new Outcome(null, secrets, failure, title);
        }
    }

    private record Reopened(AppContext context, Outcome outcome) {
    }

    private final WindowHost window;
    private final Background background;

    ClosedDataWork(WindowHost window, Background background) {
        this.window = window;
        this.background = background;
    }

    /**
     * Closes the data, runs {@code work} on it in the background with the progress strip, opens it again and shows
     * what happened, on {@code screen} when given. A cancel before the work began leaves the data open as it was,
     * told by {@code cancelledKey}.
     */
    void run(BiFunction<AppContext, Progress, Outcome> work, ScreenId screen, String cancelledKey) {
        AppContext old = window.context();
        SessionSecrets before = window.secrets();
        LongWork longWork = new LongWork(background);
        window.showLoading(new ProgressStrip(window.messages()).follow(longWork.running()));
        longWork.start(progress -> {
            old.close();
            Outcome outcome = work.apply(old, progress);
            return new Reopened(AppContext.open(old.dataFolder(), null, null, outcome.secrets().localOnly(), old.clock(),
                    false), outcome);
        }, reopened -> {
            window.showDashboard(reopened.context(), reopened.outcome().secrets());
            if (screen != null) {
                window.model().screen().set(screen);
            }
            Outcome outcome = reopened.outcome();
            if (outcome.failure() == null) {
                window.model().notice().set(outcome.text());
            } else {
                // A failure is not news: its dialog only, never the corner's information notice.
                window.showFailure(outcome.failure(), outcome.failureTitle());
            }
        }, failure -> {
            if (LongWork.cancelled(failure)) {
                // Cancelled while it waited behind other work: the data was never closed.
                window.showDashboard(old, before);
                window.model().notice().set(window.messages().get(cancelledKey));
            } else {
                window.showFatal(failure);
            }
        });
    }
}
