package vn.cchc.dashboard.ui.shell;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/**
 * The application's icon for its windows, in every size the system may pick from (title bar, task bar, Alt+Tab).
 * The PNGs are rendered from {@code assets/icon} by {@code installer/icons.sh}, the same drawing as the installers'.
 */
final class AppIcon {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {
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
