package vn.cchc.dashboard.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a written report in the program the system uses for its type (Word, a PDF reader, PowerPoint). AWT's
 * Desktop lives here, with the other drawing and file code, so that the screens stay free of AWT.
 */
public final class SystemViewer {

    private SystemViewer() {
    }

    /**
     * Blocking: the system may take a while to start the program; call it off the FX thread.
     *
     * @throws IOException when the system has no program for the file or cannot start it
     */
    public static void open(Path file) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException("this system cannot open files with their program");
        }
        Desktop.getDesktop().open(file.toFile());
    }
}
