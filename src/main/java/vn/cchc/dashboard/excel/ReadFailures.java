package vn.cchc.dashboard.excel;

import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import vn.cchc.dashboard.work.CancelledException;

/**
 * Tells a file gone or forbidden, a zip bomb, an encrypted file and a damaged one apart, from whatever the readers threw – and lets a cancel
 * through as itself: the reader's row sink threw it, however deep the parser wrapped it, and the file is fine.
 */
final class ReadFailures {

    private ReadFailures() {
    }

    static RuntimeException translate(Throwable failure, String file) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ImportFileException known) {
                return known; // a check inside a parser's stream, wrapped by the parser
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CancelledException cancelled) {
                return cancelled;
            }
        }
        ImportFileException access = FileAccess.explain(failure, file);
        if (access != null) {
            return access;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("maxentrysize")
                    || message.contains("max text size") || message.contains("inflate ratio")) {
                return new ImportFileException(ImportFileException.Reason.ZIP_BOMB, file, failure);
            }
            if (t instanceof EncryptedDocumentException) {
                return new ImportFileException(ImportFileException.Reason.ENCRYPTED, file, failure);
            }
        }
        return new ImportFileException(ImportFileException.Reason.CORRUPT, file, failure);
    }
}
