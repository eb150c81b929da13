package vn.cchc.dashboard.ui.imports;

import java.io.File;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Callback;
import vn.cchc.dashboard.ui.controls.WindowFit;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PlanWording;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.controls.ChoiceColumn;
import vn.cchc.dashboard.ui.controls.DateField;
import vn.cchc.dashboard.ui.controls.ProgressStrip;

/**
 * "Nhập kế hoạch từ tệp": choose a file, correct the column mapping (a drop-down per column), read the preview –
 * tasks with the deadline read next to the text written, and the problems, exportable as a workbook – then import.
 * Not modal: the window behind stays readable while the user compares.
 */
public final class ImportPlanDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ImportPlanViewModel model;
    private final Messages messages;
    private final ImportTables tables;

    public ImportPlanDialog(ImportPlanViewModel model, Messages messages, Window owner, SaveDialog saveDialog) {
        this(model, messages, owner, saveDialog, ProgressStrip.SHOW_AFTER);
    }

    /** @param showProgressAfter how long reading or importing runs before its progress strip shows */
    public ImportPlanDialog(ImportPlanViewModel model, Messages messages, Window owner, SaveDialog saveDialog,
                            java.time.Duration showProgressAfter) {
        this.model = model;
        this.messages = messages;
        this.tables = new ImportTables(messages);
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("import.title"));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        TextField file = new TextField();
        file.setId("import-file");
        file.setPromptText(messages.get("import.file.prompt"));
        file.textProperty().bindBidirectional(model.file());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(messages.get("import.choose"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("import.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel, LibreOffice, CSV, Word", "*.xlsx", "*.xls", "*.ods", "*.csv", "*.docx"));
            File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                model.file().set(chosen.getAbsolutePath());
                model.read();
            }
        });
        Button read = new Button(messages.get("import.read"));
        read.setId("import-read");
        read.setDefaultButton(true);
        read.setOnAction(e -> model.read());
        TextField year = new TextField();
        year.setId("import-year");
        year.setPrefColumnCount(5);
        year.setPromptText(messages.get("import.year.prompt"));
        year.textProperty().bindBidirectional(model.year());
        ComboBox<PlanKind> kind = kindChoice();
        DateField dataDate = new DateField(model::dateInvalid);
        dataDate.setPromptText(messages.get("toolbar.asOf.prompt"));
        dataDate.setId("import-data-date");
        dataDate.setPrefWidth(150);
        dataDate.setMinWidth(Region.USE_PREF_SIZE);
        dataDate.valueProperty().bindBidirectional(model.dataDate());
        Label dataDateLabel = new Label(messages.get("import.dataDate"));
        Tooltip dataDateHelp = new Tooltip(messages.get("import.dataDate.tooltip"));
        dataDateHelp.setWrapText(true);
        dataDateHelp.setMaxWidth(420);
        dataDateLabel.setTooltip(dataDateHelp);
        dataDate.setTooltip(dataDateHelp);
        Label dataDateSource = new Label();
        dataDateSource.setId("import-data-date-source");
        dataDateSource.textProperty().bind(model.dataDateSource());
        HBox fileRow = new HBox(8, file, choose, read);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        // Each choice with its label, the pairs going on to a second line in a narrow window rather than being cut.
        year.setMinWidth(Region.USE_PREF_SIZE);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane optionsRow = new FlowPane(16, 8, pair(new Label(messages.get("import.year")), year),
                pair(new Label(messages.get("plan.form.kind")), kind), pair(dataDateLabel, dataDate), dataDateSource);
        optionsRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("import-summary");
        summary.textProperty().bind(model.summary());
        summary.getStyleClass().add("screen-subtitle");
        Label byArea = new Label();
        byArea.setId("import-by-area");
        byArea.setWrapText(true);
        byArea.textProperty().bind(model.byArea());
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Button export = new Button(messages.get("import.problems.export"));
        export.setId("import-export-problems");
        export.disableProperty().bind(Bindings.isEmpty(model.problems()));
        export.setOnAction(e -> saveDialog.ask(messages.get("import.problems.export"), messages.get("import.problems.file"), "xlsx")
                .ifPresent(model::exportProblems));
        Button commit = new Button();
        commit.setId("import-commit");
        commit.getStyleClass().add("accent");
        commit.textProperty().bind(Bindings.createStringBinding(() ->
                messages.format("import.commit", messages.formats().count(model.tasks().size())), model.tasks()));
        commit.disableProperty().bind(model.importable().not().or(model.busy()));
        commit.setOnAction(e -> model.importNow());
        HBox actions = new HBox(8, export, commit);
        actions.setAlignment(Pos.CENTER_RIGHT);

        TableView<TaskLine> tasks = tables.table("import-tasks", model.tasks());
        tasks.getColumns().add(tables.column("field.code", 70, TaskLine::code));
        tasks.getColumns().add(tables.column("field.title", 380, TaskLine::title));
        tasks.getColumns().add(tables.column("field.lead", 200, TaskLine::lead));
        tasks.getColumns().add(tables.column("field.deadline", 130, TaskLine::deadline));
        tasks.getColumns().add(tables.column("import.preview.deadlineRead", 110, TaskLine::due));
        TableView<ProblemLine> problems = tables.table("import-problems", model.problems());
        problems.setPlaceholder(new Label(messages.get("import.problems.none")));
        problems.getColumns().add(tables.column("import.column.row", 170, ProblemLine::place));
        problems.getColumns().add(tables.column("import.column.value", 170, ProblemLine::value));
        problems.getColumns().add(tables.column("import.column.message", 560, ProblemLine::message));
        problems.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProblemLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("field-error");
                if (!empty && item != null && item.error()) {
                    getStyleClass().add("field-error");
                }
            }
        });

        Tab deadlinesTab = tab("import-tab-deadlines", Bindings.createStringBinding(() -> messages.format(
                "import.deadlines.tab", messages.formats().count(model.deadlines().lines().size())),
                model.deadlines().lines()),
                titled("import.deadlines.intro", DeadlinesTable.of(model.deadlines(), tables, messages)));
        TabPane tabs = new vn.cchc.dashboard.ui.controls.FittingTabPane(
                tab("import-tab-mapping", Bindings.createStringBinding(() -> messages.get("import.tab.mapping")),
                        titled("import.mapping", mappingTable())),
                tab("import-tab-units", Bindings.createStringBinding(() -> messages.format("import.tab.units",
                        messages.formats().count(model.units().size())), model.units()),
                        titled("import.units", UnitsTable.of(model, tables, messages))),
                deadlinesTab,
                tab("import-tab-tasks", Bindings.createStringBinding(() -> messages.format("import.tab.tasks",
                        messages.formats().count(model.tasks().size())), model.tasks()), tasks),
                tab("import-tab-problems", Bindings.createStringBinding(() -> messages.format("import.tab.problems",
                        messages.formats().count(model.problems().size())), model.problems()), problems));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Deadlines the reader could not understand are what stands between the user and the import: show them.
        model.deadlines().lines().addListener((ListChangeListener<DeadlineQuestions.Line>) change -> {
            if (model.deadlines().lines().stream().anyMatch(l -> l.meaning().get().isEmpty())) {
                tabs.getSelectionModel().select(deadlinesTab);
            }
        });
        ProgressStrip progress = new ProgressStrip(messages, showProgressAfter).follow(model.running());
        VBox content = new VBox(10, fileRow, optionsRow, summary, byArea, tabs, message, progress, actions);
        // Fits a 1366×768 laptop with the taskbar; the window is resizable for more rows.
        // Wide enough for a merged department's whole state ("đề xuất: … (sáp nhập năm 2025) — cần xác nhận").
        content.setPrefSize(1160, 540);
        dialog.getDialogPane().setPrefSize(1200, 660);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
    }

    public void show() {
        WindowFit.fit(dialog.getDialogPane(), dialog.getOwner());
        dialog.show();
    }

    public void close() {
        dialog.close();
    }

    private static Tab tab(String id, javafx.beans.binding.StringBinding title, javafx.scene.Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(title);
        tab.setContent(content);
        return tab;
    }

    private static HBox pair(Label label, javafx.scene.Node field) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(8, label, field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private VBox titled(String key, javafx.scene.Node table) {
        Label label = new Label(messages.get(key));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, label, table);
        box.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableView<ColumnChoice> mappingTable() {
        TableView<ColumnChoice> table = tables.table("import-mapping", model.columns());
        table.getColumns().add(tables.column("import.mapping.column", 50, ColumnChoice::letter));
        table.getColumns().add(tables.column("import.mapping.header", 260, ColumnChoice::header));
        table.getColumns().add(tables.column("import.mapping.sample", 330, ColumnChoice::sample));
        table.getColumns().add(ChoiceColumn.of(messages.get("import.mapping.field"), 220, new ChoiceColumn.Choices<>(
                FXCollections.observableArrayList(ImportPlanViewModel.fieldChoices()),
                f -> messages.get(f == null ? "import.field.none" : "import.field." + f.name()),
                ColumnChoice::field, (c, i) -> "import-field-" + c.letter(), null)));
        return table;
    }

    /**
     * Which of the year's plans receives the file: the year's only plan unless chosen – in a national store the
     * provinces' or the ministries' plan, which the import creates beside the other when the year lacks it.
     */
    private ComboBox<PlanKind> kindChoice() {
        String yearsPlan = messages.get("import.kind.yearsPlan");
        ComboBox<PlanKind> kind = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(null, PlanKind.LOCAL,
                PlanKind.PROVINCES, PlanKind.MINISTRIES)));
        kind.setId("import-kind");
        kind.setPromptText(yearsPlan);
        Callback<ListView<PlanKind>, ListCell<PlanKind>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(PlanKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? yearsPlan : item == null ? yearsPlan : PlanWording.kind(item, messages));
            }
        };
        kind.setCellFactory(cells);
        kind.setButtonCell(cells.call(null));
        kind.valueProperty().bindBidirectional(model.kind());
        return kind;
    }
}
