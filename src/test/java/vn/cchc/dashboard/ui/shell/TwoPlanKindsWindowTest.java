package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanDraft;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.SampleWindow;

/** A national store's plan selector offers the provinces' and the ministries' plans of one year, each told apart. */
@ExtendWith(ApplicationExtension.class)
class TwoPlanKindsWindowTest {

    @TempDir
    Path folder;
    SampleWindow window;

    @AfterEach
    void close() throws Exception {
        window.hideAndClose();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSelectorOffersBothNationalPlansOfTheYearEachTagged(FxRobot robot) throws Exception {
        AppContext context = AppContext.open(folder, TestClock.today(), false);
        // The same title for both, as a hurried office might type it: the tag still tells them apart.
        String title = "Theo dõi nhiệm vụ cải cách hành chính năm 2023";
        context.planEditor().create(new PlanDraft(2023, title, null, null, false, PlanKind.PROVINCES));
        context.planEditor().create(new PlanDraft(2023, title, null, null, false, PlanKind.MINISTRIES));
        window = SampleWindow.of(context);
        FxToolkit.setupStage(window::showIn);

        ComboBox<Plan> selector = robot.lookup("#plan-selector").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> selector.getItems().size() == 2 && selector.getValue() != null);
        robot.interact(selector::show);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class))
                .extracting(ListCell::getText).filteredOn(t -> t != null)
                .containsExactlyInAnyOrder("Tỉnh, thành phố · " + title, "Bộ, ngành · " + title);
        robot.interact(selector::hide);
    }
}
