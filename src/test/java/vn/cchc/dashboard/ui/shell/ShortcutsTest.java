package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.ui.Dialogs;
import vn.cchc.dashboard.ui.SampleWindow;
import vn.cchc.dashboard.ui.Shortcut;

/** The keyboard in the real window: screens by number, search focused, the guide on F1, shortcuts shown where offered. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {

    @TempDir
    Path folder;
    SampleWindow sample;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        sample = SampleWindow.showFresh(folder);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tile-overdue").tryQuery().isPresent());
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().toList().forEach(javafx.stage.Window::hide));
        sample.hideAndClose();
    }

    @Test
    void ctrlAndANumberOpenTheScreensAndCtrlFFocusesTheirSearch(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-tasks").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#task-search").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(robot.lookup("#task-search").queryAs(TextField.class).getTooltip().getText()).endsWith("(Ctrl+F)");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#audit-search").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void everyShortcutOfTheMenusIsInTheCatalogueAndNoneIsTakenTwice(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        var accelerators = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .map(MenuItem::getAccelerator).filter(a -> a != null).toList();
        assertThat(accelerators).doesNotHaveDuplicates();
        // Everything but the task list's own keys is in a menu, where the user can discover it.
        var global = java.util.EnumSet.complementOf(java.util.EnumSet.of(Shortcut.UNDO, Shortcut.REDO, Shortcut.RECORD_PROGRESS));
        assertThat(accelerators).containsExactlyInAnyOrderElementsOf(global.stream().map(Shortcut::keys).toList());
        assertThat(robot.lookup("#nav-units").queryAs(ToggleButton.class).getTooltip().getText()).isEqualTo("Đơn vị (Ctrl+3)");
    }

    @Test
    void f1OpensTheUserGuideInsideTheApplication(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        Dialogs.waitShowing(robot, "#help-page");
        assertThat(robot.lookup("#help-page .screen-title").queryAs(Label.class).getText())
                .isEqualTo("Hướng dẫn sử dụng CCHC Dashboard");
        GridPane shortcuts = robot.lookup("#help-shortcuts").queryAs(GridPane.class);
        assertThat(shortcuts.getChildren()).hasSize(2 * Shortcut.values().length);
        assertThat(shortcuts.getChildren()).anyMatch(n -> n instanceof Label l && l.getText().equals("Tìm kiếm trên màn hình đang mở"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlRReadsTheOpenUnitsScreenAgain(FxRobot robot) throws Exception {
        robot.clickOn("#nav-units");
        javafx.scene.control.TableView<vn.cchc.dashboard.ui.units.UnitsViewModel.Row> units =
                robot.lookup("#unit-table").queryAs(javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !units.getItems().isEmpty());
        String added = "Sở Thử nghiệm Làm mới";
        sample.context().units().save(null, new vn.cchc.dashboard.domain.UnitDraft(added, null,
                vn.cchc.dashboard.domain.UnitKind.DEPARTMENT, null, null));
        assertThat(units.getItems()).noneMatch(row -> row.name().equals(added));

        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> units.getItems().stream()
                .anyMatch(row -> row.name().equals(added)));
    }
}
