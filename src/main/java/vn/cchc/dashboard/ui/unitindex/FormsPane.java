package vn.cchc.dashboard.ui.unitindex;

import java.io.File;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Columns;

/**
 * Phiếu tự đánh giá: making the units' forms into a folder, recording the returned ones, and who has and has not
 * returned theirs. The buttons are off for a role that does not manage the plan and once the results are locked.
 */
final class FormsPane extends VBox {

    FormsPane(FormsViewModel model, Messages messages, boolean mayEdit, javafx.beans.value.ObservableBooleanValue locked) {
        setId("unit-index-forms");
        setSpacing(10);
        setStyle("-fx-padding: 10 0 0 0;");
        Label header = new Label();
        header.setId("unit-index-forms-header");
        header.getStyleClass().add("section-title");
        header.textProperty().bind(model.header());
        header.setWrapText(true);
        header.setMinHeight(Region.USE_PREF_SIZE);
        Button send = new Button(messages.get("unitIndex.forms.view.send"));
        send.setId("unit-index-forms-send");
        send.setDisable(!mayEdit);
        send.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("unitIndex.forms.view.send.title"));
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                model.send(folder.toPath());
            }
        });
        Button receive = new Button(messages.get("unitIndex.forms.view.receive"));
        receive.setId("unit-index-forms-receive");
        receive.getStyleClass().add("accent");
        receive.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !mayEdit || locked.get(),
                locked));
        receive.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("unitIndex.forms.view.receive.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
            List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (files != null) {
                model.receive(files.stream().map(File::toPath).toList());
            }
        });
        send.setMinWidth(Region.USE_PREF_SIZE);
        receive.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(12, send, receive);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // The heading wraps beside the buttons rather than both being cut.
        HBox.setHgrow(header, Priority.ALWAYS);
        header.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(12, header, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label feedback = new Label();
        feedback.setId("unit-index-forms-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE);
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        Label help = new Label(messages.get("unitIndex.forms.view.help"));
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);

        TableView<FormsViewModel.ReturnRow> table = new TableView<>(model.returns());
        table.setId("unit-index-returns");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(Columns.wrapping(messages.get("unitIndex.view.column.unit"), FormsViewModel.ReturnRow::unit, 320));
        table.getColumns().add(Columns.wrapping(messages.get("unitIndex.forms.view.column.state"),
                FormsViewModel.ReturnRow::state, 560));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, help, feedback, table);
    }
}
