package vn.cchc.dashboard.ui;

import java.nio.file.Path;
import java.util.Optional;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.i18n.Messages;

/**
 * What a person reads about a failure: what happened in one sentence, whether their data is safe, and where the
 * details are – never a stack trace. A failure the application foresaw ({@link AppException}) says all of that in
 * its own sentence; any other is a fault of the program, told calmly.
 *
 * @param whatHappened one sentence
 * @param aboutTheData whether data was lost; empty when {@code whatHappened} already says so
 * @param whereTheDetailsAre the log folder's sentence; empty when no log is written
 */
public record FailureNotice(String whatHappened, Optional<String> aboutTheData, Optional<String> whereTheDetailsAre) {

    /** The packages that write to the database: a failure inside them may have interrupted a save. */
    private static final String[] WRITING_CODE = {"vn.cchc.dashboard.store.", "org.h2.", "org.flywaydb."};

    public static FailureNotice of(Throwable failure, Messages messages, Optional<Path> logFolder) {
        Optional<String> details = logFolder.map(folder -> messages.format("failure.details", folder));
        // A fault nothing caught may still be one with a sentence of its own: a full disk under a save, say.
        AppException explained = AppException.explain(failure);
        if (explained != null) {
            return new FailureNotice(explained.localized(messages), Optional.empty(), details);
        }
        String what = messages.format("failure.unexpected", failure.getClass().getSimpleName());
        // Every change is one transaction: a fault outside the database code cannot have lost anything saved, and
        // one inside it lost at most the change being saved then, never what was saved before.
        String data = messages.get(interruptedAWrite(failure) ? "failure.dataMaybeUnsaved" : "failure.dataSafe");
        return new FailureNotice(what, Optional.of(data), details);
    }

    private static boolean interruptedAWrite(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                for (String prefix : WRITING_CODE) {
                    if (frame.getClassName().startsWith(prefix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The dialog's text: the sentences one paragraph each. */
    public String text() {
        StringBuilder text = new StringBuilder(whatHappened);
        aboutTheData.ifPresent(line -> text.append("\n\n").append(line));
        whereTheDetailsAre.ifPresent(line -> text.append("\n\n").append(line));
        return text.toString();
    }
}
