package vn.cchc.dashboard.ui.controls;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** Asks for one table file as offices keep them — Excel, LibreOffice or CSV — over the window of {@code owner}. */
public final class SpreadsheetChooser {

    private SpreadsheetChooser() {
    }

    /** The file chosen, or empty when the user cancelled. */
    public static Optional<Path> open(Node owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel, LibreOffice, CSV", "*.xlsx", "*.xls",
                "*.ods", "*.csv"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.getScene().getWindow())).map(java.io.File::toPath);
    }
}
