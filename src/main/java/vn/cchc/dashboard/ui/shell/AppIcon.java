package vn.cchc.dashboard.ui.shell;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import vn.cchc.dashboard.ui.Background;

/**
 * The application's icon for its windows, in every size the system may pick from (title bar, task bar, Alt+Tab).
 * The PNGs are rendered from {@code assets/icon} by {@code installer/icons.sh}, the same drawing as the installers'.
 */
final class AppIcon {

    private static final Logger LOG = Logger.getLogger(AppIcon.class.getName());
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /**
     * Gives {@code stage} the icon, decoded in the background: seven PNGs took the FX thread some 50 ms at start-up,
     * before the first paint, and the title bar can take its icon a moment after the window appears.
     */
    static void setOn(Stage stage, Background background) {
        background.run(AppIcon::images, stage.getIcons()::setAll,
                failed -> LOG.log(Level.WARNING, "the window icon could not be read", failed));
    }

    static List<Image> images() {
        List<Image> images = new ArrayList<>(SIZES.length);
        for (int size : SIZES) {
            String name = "/vn/cchc/dashboard/ui/icon/cchc-dashboard-" + size + ".png";
            try (InputStream in = Objects.requireNonNull(AppIcon.class.getResourceAsStream(name), name)) {
                images.add(new Image(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return images;
    }
}
