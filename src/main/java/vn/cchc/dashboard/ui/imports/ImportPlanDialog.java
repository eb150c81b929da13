package vn.cchc.dashboard.ui.imports;

import java.io.File;
import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
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
import vn.cchc.dashboard.ui.controls.Columns;
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

    public ImportPlanDialog(ImportPlanViewModel model, Messages messages, Window owner, SaveDialog saveDialog) {
        this(model, messages, owner, saveDialog, ProgressStrip.SHOW_AFTER);
    }

    /** @param showProgressAfter how long reading or importing runs before its progress strip shows */
    public ImportPlanDialog(ImportPlanViewModel model, Messages messages, Window owner, SaveDialog saveDialog,
                            java.time.Duration showProgressAfter) {
        this.model = model;
        this.messages = messages;
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

        TableView<TaskLine> tasks = table("import-tasks", model.tasks());
        tasks.getColumns().add(column("field.code", 70, TaskLine::code));
        tasks.getColumns().add(column("field.title", 380, TaskLine::title));
        tasks.getColumns().add(column("field.lead", 200, TaskLine::lead));
        tasks.getColumns().add(column("field.deadline", 130, TaskLine::deadline));
        tasks.getColumns().add(column("import.preview.deadlineRead", 110, TaskLine::due));
        TableView<ProblemLine> problems = table("import-problems", model.problems());
        problems.setPlaceholder(new Label(messages.get("import.problems.none")));
        problems.getColumns().add(column("import.column.row", 170, ProblemLine::place));
        problems.getColumns().add(column("import.column.value", 170, ProblemLine::value));
        problems.getColumns().add(column("import.column.message", 560, ProblemLine::message));
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
                model.deadlines().lines()), titled("import.deadlines.intro", deadlinesTable()));
        TabPane tabs = new vn.cchc.dashboard.ui.controls.FittingTabPane(
                tab("import-tab-mapping", Bindings.createStringBinding(() -> messages.get("import.tab.mapping")),
                        titled("import.mapping", mappingTable())),
                tab("import-tab-units", Bindings.createStringBinding(() -> messages.format("import.tab.units",
                        messages.formats().count(model.units().size())), model.units()), titled("import.units", unitsTable())),
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

    private TableView<UnitLine> unitsTable() {
        TableView<UnitLine> table = table("import-units", model.units());
        table.getColumns().add(column("import.units.written", 180, UnitLine::written));
        TableColumn<UnitLine, String> tasks = column("import.units.tasks", 80,
                line -> messages.formats().count(line.tasks()));
        tasks.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(tasks);
        table.getColumns().add(ChoiceColumn.of(messages.get("import.units.match"), 240, new ChoiceColumn.Choices<>(
                model.unitOptions(), option -> option == null ? "" : option.label(), UnitLine::match,
                (u, i) -> "import-unit-" + i, messages.get("import.units.none"))));
        table.getColumns().add(stateColumn());
        return table;
    }

    private TableView<DeadlineQuestions.Line> deadlinesTable() {
        TableView<DeadlineQuestions.Line> table = table("import-deadlines", model.deadlines().lines());
        table.setPlaceholder(new Label(messages.get("import.deadlines.allRead")));
        table.getColumns().add(column("import.deadlines.written", 260, DeadlineQuestions.Line::written));
        TableColumn<DeadlineQuestions.Line, String> cells = column("import.deadlines.cells", 70, DeadlineQuestions.Line::cells);
        cells.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(cells);
        TableColumn<DeadlineQuestions.Line, String> meaning = new TableColumn<>(messages.get("import.deadlines.meaning"));
        meaning.setPrefWidth(280);
        meaning.setCellFactory(c -> new MeaningCell());
        table.getColumns().add(meaning);
        TableColumn<DeadlineQuestions.Line, String> read = new TableColumn<>(messages.get("import.deadlines.read"));
        read.setPrefWidth(300);
        read.setCellValueFactory(c -> c.getValue().readProperty());
        table.getColumns().add(read);
        return table;
    }

    /**
     * A meaning typed (Enter or leaving the field gives it) or picked from the suggestions beside it. Plain field and
     * menu rather than an editable drop-down: that one, inside a table, loses a pick to its own editor's text.
     */
    private final class MeaningCell extends javafx.scene.control.TableCell<DeadlineQuestions.Line, String> {
        private final TextField text = new TextField();
        private final MenuButton pick = new MenuButton();
        private final HBox box = new HBox(4, text, pick);

        MeaningCell() {
            text.setPromptText(messages.get("import.deadlines.prompt"));
            HBox.setHgrow(text, Priority.ALWAYS);
            pick.setTooltip(new Tooltip(messages.get("import.deadlines.pick")));
            pick.getStyleClass().add("flat");
            box.setAlignment(Pos.CENTER_LEFT);
            text.setOnAction(e -> give(text.getText()));
            text.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    give(text.getText());
                }
            });
            model.deadlines().suggestions().addListener((ListChangeListener<String>) c -> fillMenu());
            fillMenu();
        }

        private void fillMenu() {
            pick.getItems().setAll(model.deadlines().suggestions().stream().map(suggestion -> {
                MenuItem item = new MenuItem(suggestion);
                item.setOnAction(e -> {
                    text.setText(suggestion);
                    give(suggestion);
                });
                return item;
            }).toList());
        }

        private void give(String meaning) {
            DeadlineQuestions.Line line = getTableRow() == null ? null : getTableRow().getItem();
            String value = meaning == null ? "" : meaning.strip();
            if (line != null && !value.equals(line.meaning().get())) {
                line.meaning().set(value);
            }
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            DeadlineQuestions.Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (line == null) {
                setGraphic(null);
                return;
            }
            text.setId("import-deadline-" + getIndex());
            pick.setId("import-deadline-pick-" + getIndex());
            text.setText(line.meaning().get());
            setGraphic(box);
        }
    }

    /** The line's state, and for a merged department's proposed successor the button that accepts it. */
    private TableColumn<UnitLine, UnitLine> stateColumn() {
        TableColumn<UnitLine, UnitLine> column =
                new TableColumn<>(messages.get("import.units.state"));
        column.setPrefWidth(420);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label state = new Label();
            private final Button accept = new Button(messages.get("import.units.accept"));
            private final HBox box = new HBox(8, accept, state);

            {
                // One line: a wrapping label in a table cell asks for the height of one word per line.
                box.setAlignment(Pos.CENTER_LEFT);
                accept.setMinWidth(Region.USE_PREF_SIZE);
                accept.setTooltip(new Tooltip(messages.get("import.units.accept.tooltip")));
                accept.setOnAction(e -> model.confirm(getItem()));
            }

            @Override
            protected void updateItem(UnitLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null || line.state().isEmpty()) {
                    setGraphic(null);
                    return;
                }
                state.setText(line.state());
                state.setTooltip(new Tooltip(line.state()));
                accept.setVisible(line.awaitsConfirmation());
                accept.setManaged(line.awaitsConfirmation());
                accept.setId("import-unit-accept-" + getIndex());
                // Awaiting the user's word reads like an error: the import stays closed until it is given.
                state.getStyleClass().setAll("label", line.awaitsConfirmation() ? "unit-offer" : "unit-confirmed");
                setGraphic(box);
            }
        });
        return column;
    }

    private TableView<ColumnChoice> mappingTable() {
        TableView<ColumnChoice> table = table("import-mapping", model.columns());
        table.getColumns().add(column("import.mapping.column", 50, ColumnChoice::letter));
        table.getColumns().add(column("import.mapping.header", 260, ColumnChoice::header));
        table.getColumns().add(column("import.mapping.sample", 330, ColumnChoice::sample));
        table.getColumns().add(ChoiceColumn.of(messages.get("import.mapping.field"), 220, new ChoiceColumn.Choices<>(
                FXCollections.observableArrayList(ImportPlanViewModel.fieldChoices()),
                f -> messages.get(f == null ? "import.field.none" : "import.field." + f.name()),
                ColumnChoice::field, (c, i) -> "import-field-" + c.letter(), null)));
        return table;
    }

    private <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setPlaceholder(new Label(messages.get("import.table.empty")));
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        return Columns.wrapping(messages.get(key), value, width);
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
