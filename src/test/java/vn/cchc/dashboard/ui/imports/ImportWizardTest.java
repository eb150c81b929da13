package vn.cchc.dashboard.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.imports.ImportField;
import vn.cchc.dashboard.ui.Dialogs;
import vn.cchc.dashboard.ui.SampleWindow;

/** The wizard in the real window: from the plan menu, a file read, a column corrected, the plan imported and shown. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {

    static final String PLAN = Path.of("src/test/resources/import/ke-hoach-2023.xlsx").toAbsolutePath().toString();

    @TempDir
    Path folder;
    SampleWindow sample;

    @BeforeEach
    void open() throws Exception {
        sample = SampleWindow.showFresh(folder);
    }

    @AfterEach
    void close() throws Exception {
        sample.hideAndClose();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanIsReadCorrectedPreviewedAndImported(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tile-overdue").tryQuery().isPresent());
        MenuButton menu = robot.lookup("#plan-menu").queryAs(MenuButton.class);
        Platform.runLater(() -> menu.getItems().stream().filter(i -> "plan-import".equals(i.getId())).findFirst().orElseThrow().fire());
        Dialogs.waitShowing(robot, "#import-file");
        robot.interact(() -> robot.lookup("#import-file").queryAs(TextField.class).setText(PLAN));
        robot.clickOn("#import-read");
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("20 nhiệm vụ"));
        TableView<TaskLine> tasks = robot.lookup("#import-tasks").queryAs(TableView.class);
        // The summary and the table are filled in turn on the FX thread: wait for the table too, not only the summary.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.getItems().size() == 20);
        assertThat(tasks.getItems().get(3).deadline()).isEqualTo("30/06/2023");

        TableView<ColumnChoice> mapping = robot.lookup("#import-mapping").queryAs(TableView.class);
        robot.interact(() -> mapping.scrollTo(5));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-field-F").tryQuery().isPresent());
        ComboBox<ImportField> deadline = robot.lookup("#import-field-F").queryAs(ComboBox.class);
        assertThat(deadline.getValue()).isEqualTo(ImportField.DEADLINE);
        robot.interact(() -> deadline.setValue(null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#import-commit").query().isDisabled()
                && summary.getText().contains("1 lỗi"));
        robot.interact(() -> robot.lookup("#import-field-F").queryAs(ComboBox.class).setValue(ImportField.DEADLINE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#import-commit").query().isDisabled());

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-unit-0").tryQuery().isPresent());
        assertThat(summary.getText()).contains("1 đơn vị mới");
        TableView<UnitLine> units = robot.lookup("#import-units").queryAs(TableView.class);
        int newOne = units.getItems().stream().filter(u -> u.match().get() != null && u.match().get().unitId() == null)
                .findFirst().map(units.getItems()::indexOf).orElseThrow();
        robot.interact(() -> units.scrollTo(newOne));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-unit-" + newOne).tryQuery().isPresent());
        ComboBox<UnitOption> match = robot.lookup("#import-unit-" + newOne).queryAs(ComboBox.class);
        robot.interact(() -> match.setValue(match.getItems().stream()
                .filter(o -> "Sở Khoa học và Công nghệ".equals(o.label())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("0 đơn vị mới"));

        robot.clickOn("#import-commit");
        ComboBox<Plan> plans = robot.lookup("#plan-selector").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plans.getValue() != null && plans.getValue().year() == 2023);
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText())
                .isEqualTo("Đã nhập 20 nhiệm vụ vào Kế hoạch cải cách hành chính năm 2023.");
        assertThat(sample.context().plans().snapshot(plans.getValue()).tasks()).hasSize(20);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProgressExchangeOpensFromThePlanMenuWithEveryLeadUnitChosen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tile-overdue").tryQuery().isPresent());
        MenuButton menu = robot.lookup("#plan-menu").queryAs(MenuButton.class);
        Platform.runLater(() -> menu.getItems().stream().filter(i -> "plan-exchange".equals(i.getId())).findFirst().orElseThrow().fire());
        Dialogs.waitShowing(robot, "#exchange-units");
        TableView<ProgressExchangeViewModel.UnitRow> units = robot.lookup("#exchange-units").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !units.getItems().isEmpty());
        int tasks = sample.context().plans().snapshot(sample.context().plans().planFor(2026)).tasks().size();
        assertThat(units.getItems().stream().mapToInt(ProgressExchangeViewModel.UnitRow::tasks).sum()).isEqualTo(tasks);
        assertThat(units.getItems()).allMatch(u -> u.chosen().get());
        assertThat(robot.lookup("#exchange-record").queryButton().isDisabled()).isTrue();
    }
}
