package vn.cchc.dashboard.ui.imports;

import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.cchc.dashboard.ui.controls.WindowFit;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.DateField;
import vn.cchc.dashboard.ui.controls.ProgressStrip;

/**
 * "Trao đổi tiến độ với đơn vị": one tab sends each unit its form, the other takes the returned forms, shows every
 * line with what checking found, and lets the user tick the conflicts to record. Not modal, like the import wizard.
 */
public final class ProgressExchangeDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ProgressExchangeViewModel model;
    private final Messages messages;

    public ProgressExchangeDialog(ProgressExchangeViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(messages.format("exchange.title", model.planTitle()));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        Tab send = new Tab(messages.get("exchange.send"), sendPane());
        send.setId("exchange-tab-send");
        Tab receive = new Tab(messages.get("exchange.receive"), receivePane());
        receive.setId("exchange-tab-receive");
        TabPane tabs = new vn.cchc.dashboard.ui.controls.FittingTabPane(send, receive);
        Label message = new Label();
        message.setId("exchange-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        // One strip for whichever tab's work runs: writing forms, reading them back, recording.
        ProgressStrip strip = new ProgressStrip(messages).follow(model.running());
        VBox content = new VBox(10, tabs, strip, message);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        // Fits a 1366×768 laptop with the taskbar; the window is resizable for more rows.
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(1040, 640);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    }

    public void show() {
        WindowFit.fit(dialog.getDialogPane(), dialog.getOwner());
        dialog.show();
        model.load();
    }

    private Node sendPane() {
        Label explain = new Label(messages.get("exchange.send.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        TableView<ProgressExchangeViewModel.UnitRow> units = table("exchange-units", model.units(), "exchange.send.none");
        units.setEditable(true);
        units.getColumns().add(checkColumn(ProgressExchangeViewModel.UnitRow::chosen));
        units.getColumns().add(Columns.text(messages.get("exchange.column.unit"), ProgressExchangeViewModel.UnitRow::name, 460));
        TableColumn<ProgressExchangeViewModel.UnitRow, String> tasks = Columns.text(messages.get("exchange.column.tasks"),
                u -> messages.formats().count(u.tasks()), 120);
        tasks.setStyle("-fx-alignment: CENTER-RIGHT;");
        units.getColumns().add(tasks);

        Button all = new Button(messages.get("exchange.send.all"));
        all.setOnAction(e -> model.chooseAll(true));
        Button none = new Button(messages.get("exchange.send.clear"));
        none.setOnAction(e -> model.chooseAll(false));
        Button export = new Button(messages.get("exchange.send.export"));
        export.setId("exchange-export");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.busy());
        export.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("exchange.send.export"));
            File folder = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (folder != null) {
                model.exportForms(folder.toPath());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, all, none, spacer, export);
        actions.setAlignment(Pos.CENTER_LEFT);
        return pane(explain, units, actions);
    }

    private Node receivePane() {
        Button choose = new Button(messages.get("exchange.receive.choose"));
        choose.setId("exchange-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("exchange.receive.choose"));
            // A unit may open its form in LibreOffice and send it back saved as .ods: the hidden identity sheet survives.
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel, LibreOffice", "*.xlsx", "*.ods"));
            List<File> chosen = chooser.showOpenMultipleDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                model.addFiles(chosen.stream().map(File::toPath).toList());
            }
        });
        Button clear = new Button(messages.get("exchange.receive.clear"));
        clear.setOnAction(e -> model.clearFiles());
        clear.disableProperty().bind(Bindings.isEmpty(model.files()));
        DateField asOf = new DateField(model::dateInvalid);
        asOf.setId("exchange-as-of");
        asOf.setPrefWidth(130);
        asOf.valueProperty().bindBidirectional(model.asOf());
        asOf.valueProperty().addListener((obs, was, now) -> model.check());
        Label files = new Label();
        files.textProperty().bind(Bindings.createStringBinding(() -> messages.format("exchange.receive.files",
                messages.formats().count(model.files().size())), model.files()));
        Label asOfLabel = new Label(messages.get("exchange.receive.asOf"));
        asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox day = new HBox(8, asOfLabel, asOf);
        day.setAlignment(Pos.CENTER_LEFT);
        FlowPane top = new FlowPane(8, 8, choose, clear, files, day);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<ProgressExchangeViewModel.ReturnLine> lines = table("exchange-lines", model.lines(), "exchange.receive.none");
        lines.setEditable(true);
        TableColumn<ProgressExchangeViewModel.ReturnLine, Boolean> accept = checkColumn(ProgressExchangeViewModel.ReturnLine::accepted);
        accept.setText(messages.get("exchange.column.accept"));
        Columns.wrapHeading(accept);
        accept.setPrefWidth(96);
        // Only a conflict waits for the user's word: the box is shown on those lines alone.
        accept.setCellFactory(c -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                TableRow<ProgressExchangeViewModel.ReturnLine> row = getTableRow();
                if (!empty && row != null && row.getItem() != null && !row.getItem().conflict()) {
                    setGraphic(null);
                }
            }
        });
        lines.getColumns().add(accept);
        lines.getColumns().add(Columns.wrapping(messages.get("exchange.column.verdict"), ProgressExchangeViewModel.ReturnLine::verdict, 110));
        // File names break after their hyphens: the whole name stays readable in a narrow column.
        lines.getColumns().add(Columns.wrapping(messages.get("exchange.column.place"), ProgressExchangeViewModel.ReturnLine::place, 190));
        lines.getColumns().add(Columns.text(messages.get("field.code"), ProgressExchangeViewModel.ReturnLine::code, 60));
        lines.getColumns().add(Columns.wrapping(messages.get("field.title"), ProgressExchangeViewModel.ReturnLine::title, 250));
        lines.getColumns().add(Columns.wrapping(messages.get("exchange.column.message"), ProgressExchangeViewModel.ReturnLine::message, 300));
        lines.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProgressExchangeViewModel.ReturnLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("row-rejected", "row-conflict");
                if (!empty && item != null && item.rejected()) {
                    getStyleClass().add("row-rejected");
                } else if (!empty && item != null && item.conflict()) {
                    getStyleClass().add("row-conflict");
                }
            }
        });

        Label summary = new Label();
        summary.setId("exchange-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summary());
        Button acceptAll = new Button(messages.get("exchange.receive.acceptAll"));
        acceptAll.setId("exchange-accept-all");
        acceptAll.disableProperty().bind(Bindings.isEmpty(model.lines()));
        acceptAll.setOnAction(e -> model.acceptAllConflicts());
        Button record = new Button();
        record.setId("exchange-record");
        record.getStyleClass().add("accent");
        record.textProperty().bind(Bindings.createStringBinding(() -> model.toRecord().get() == 0
                && model.figuresToRecord().get() > 0 ? messages.get("exchange.receive.recordFigures")
                : messages.format("exchange.receive.record", messages.formats().count(model.toRecord().get())),
                model.toRecord(), model.figuresToRecord()));
        record.disableProperty().bind(model.toRecord().isEqualTo(0).and(model.figuresToRecord().isEqualTo(0))
                .or(model.busy()));
        record.setOnAction(e -> model.record());
        acceptAll.setMinWidth(Region.USE_PREF_SIZE);
        record.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(8, summary, acceptAll, record);
        actions.setAlignment(Pos.CENTER_LEFT);
        return pane(top, lines, actions);
    }

    private static VBox pane(Node top, TableView<?> table, Node bottom) {
        VBox box = new VBox(8, top, table, bottom);
        box.setPadding(new Insets(10, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items, String emptyKey) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        Label empty = new Label(messages.get(emptyKey));
        empty.setWrapText(true); // the sentence whole, in the table's width
        empty.setPadding(new javafx.geometry.Insets(12));
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <T> TableColumn<T, Boolean> checkColumn(Function<T, BooleanProperty> property) {
        TableColumn<T, Boolean> column = new TableColumn<>();
        column.setPrefWidth(44);
        column.setEditable(true);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        return column;
    }
}
