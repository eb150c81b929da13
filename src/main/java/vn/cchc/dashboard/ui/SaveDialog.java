package vn.cchc.dashboard.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save a file. A seam: the window shows the system's dialog, tests answer directly. */
@FunctionalInterface
public interface SaveDialog {

    /**
     * @param suggestedName a file name to start from, e.g. "linh-vuc-23-11-2026.png"
     * @param extension     the extension without the dot, which names the file type in the dialog's filter
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> ask(String title, String suggestedName, String extension);
}
