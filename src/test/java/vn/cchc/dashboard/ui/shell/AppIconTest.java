package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppIconTest {

    @Test
    void everyWindowIconSizeIsPackagedWithTheApp() {
        for (int size : AppIcon.SIZES) {
            assertThat(AppIcon.class.getResource("/vn/cchc/dashboard/ui/icon/cchc-dashboard-" + size + ".png"))
                    .as(size + " px").isNotNull();
        }
    }
}
