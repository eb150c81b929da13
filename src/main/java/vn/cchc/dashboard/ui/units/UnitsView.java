package vn.cchc.dashboard.ui.units;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.DateField;
import vn.cchc.dashboard.ui.controls.FormDialog;
import vn.cchc.dashboard.ui.controls.FittingTabPane;
import vn.cchc.dashboard.ui.controls.FormFields;

/**
 * Đơn vị: who is behind and why (the ranking, first), and the register of units with adding, editing and
 * merging.
 */
public final class UnitsView implements ScreenView {

    private final UnitsViewModel model;
    private final LaggingViewModel lagging;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final VBox root;

    /** @param changePolicy opens the settings where the lagging criteria are changed */
    public UnitsView(UnitsViewModel model, LaggingViewModel lagging, Messages messages, Supplier<LocalDate> today,
                     SaveDialog saveDialog, Runnable changePolicy) {
        this.model = model;
        this.lagging = lagging;
        this.messages = messages;
        this.today = today;
        Label title = new Label(messages.get("nav.units"));
        title.getStyleClass().add("screen-title");
        Label section = new Label(messages.get("unit.register"));
        section.getStyleClass().add("section-title");
        TextField search = new TextField();
        search.setId("unit-search");
        search.setPromptText(messages.get("unit.search"));
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(model.search());
        Button add = new Button(messages.get("unit.add"));
        add.setId("unit-add");
        add.setOnAction(e -> askUnit(model.newForm(true), add));
        Button edit = new Button(messages.get("task.edit"));
        edit.setId("unit-edit");
        edit.disableProperty().bind(model.selected().isNull());
        edit.setOnAction(e -> askUnit(model.newForm(false), edit));
        Button merge = new Button(messages.get("unit.merge"));
        merge.setId("unit-merge");
        merge.disableProperty().bind(model.selected().isNull());
        merge.setOnAction(e -> askMerge(merge));
        Button delete = new Button(messages.get("task.delete"));
        delete.setId("unit-delete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(model.selected().isNull());
        delete.setOnAction(e -> model.deleteSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, search, spacer, add, edit, merge, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label feedback = new Label();
        feedback.setId("unit-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());

        TableView<UnitsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("unit-table");
        // The columns share the width, each text wrapping in its column rather than being cut to "…".
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("unit.column.name", UnitsViewModel.Row::name, 300, 150));
        table.getColumns().add(column("unit.column.short", UnitsViewModel.Row::shortName, 140, 90));
        table.getColumns().add(column("unit.column.kind", UnitsViewModel.Row::kind, 170, 100));
        table.getColumns().add(column("unit.column.from", UnitsViewModel.Row::validFrom, 110, 100));
        table.getColumns().add(column("unit.column.to", UnitsViewModel.Row::validTo, 110, 100));
        table.getColumns().add(column("unit.column.successor", UnitsViewModel.Row::successor, 240, 120));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selected().set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox register = new VBox(14, section, bar, feedback, table);
        register.getStyleClass().add("tab-content");
        Tab ranking = new Tab(messages.get("unit.tab.ranking"),
                new LaggingView(lagging, messages, saveDialog, changePolicy).node());
        ranking.setId("unit-tab-ranking");
        Tab registerTab = new Tab(messages.get("unit.tab.register"), register);
        registerTab.setId("unit-tab-register");
        TabPane tabs = new FittingTabPane(ranking, registerTab);
        tabs.setId("unit-tabs");
        root = new VBox(titleBeside(title, tabs));
        root.getStyleClass().addAll("screen", "screen-content");
        model.load();
    }

    /**
     * The screen's name on the line of its tabs, left of them, rather than on a line of its own: the ranking below
     * gets that line's height (on a laptop, room for one more unit).
     */
    private static StackPane titleBeside(Label title, TabPane tabs) {
        StackPane top = new StackPane(tabs, title);
        StackPane.setAlignment(title, Pos.TOP_LEFT);
        title.setMouseTransparent(true);
        title.setMinWidth(Region.USE_PREF_SIZE);
        // app.css leaves the title's width free at the start of the tabs' line (#unit-tabs > .tab-header-area).
        tabs.skinProperty().addListener((obs, old, skin) -> {
            if (tabs.lookup(".tab-header-area") instanceof Region headers) {
                title.minHeightProperty().bind(headers.heightProperty());
            }
        });
        title.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(top, Priority.ALWAYS);
        return top;
    }

    @Override
    public void refresh() {
        model.load();
        lagging.refresh();
    }

    @Override
    public void activate() {
        lagging.activate();
    }

    @Override
    public void deactivate() {
        lagging.deactivate();
    }

    @Override
    public void dispose() {
        lagging.dispose();
    }

    private TableColumn<UnitsViewModel.Row, String> column(String key, Function<UnitsViewModel.Row, String> value,
                                                        double width, double least) {
        TableColumn<UnitsViewModel.Row, String> column = Columns.wrapping(messages.get(key), value, width);
        column.setMinWidth(least); // a date is never broken across lines
        return column;
    }

    private void askUnit(UnitsViewModel.Form form, Node owner) {
        if (form == null) {
            return;
        }
        TextField name = new TextField();
        name.setId("unit-name");
        name.setPrefColumnCount(32);
        name.textProperty().bindBidirectional(form.name);
        TextField shortName = new TextField();
        shortName.textProperty().bindBidirectional(form.shortName);
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.getItems().setAll(Arrays.asList(UnitKind.values()));
        kind.setConverter(Converters.showing(k -> messages.get("unit.kind." + k.name())));
        kind.valueProperty().bindBidirectional(form.kind);
        DateField from = new DateField(typed -> form.problems.put("validFrom", messages.format("error.date.invalid", typed)));
        from.valueProperty().bindBidirectional(form.validFrom);
        DateField to = new DateField(typed -> form.problems.put("validTo", messages.format("error.date.invalid", typed)));
        to.valueProperty().bindBidirectional(form.validTo);
        GridPane grid = FormFields.grid();
        grid.addRow(0, FormFields.label(messages.get("unit.column.name")), FormFields.withProblem(name, "name", form.problems));
        grid.addRow(1, FormFields.label(messages.get("unit.column.short")), shortName);
        grid.addRow(2, FormFields.label(messages.get("unit.column.kind")), FormFields.withProblem(kind, "kind", form.problems));
        grid.addRow(3, FormFields.label(messages.get("unit.column.from")), FormFields.withProblem(from, "validFrom", form.problems));
        grid.addRow(4, FormFields.label(messages.get("unit.column.to")), FormFields.withProblem(to, "validTo", form.problems));
        if (ask(messages.get(form.before == null ? "unit.add" : "unit.edit"), grid, "unit-save", owner)) {
            model.save(form, () -> askUnit(form, owner));
        }
    }

    private void askMerge(Node owner) {
        UnitsViewModel.MergeForm form = model.newMergeForm(today.get());
        if (form == null) {
            return;
        }
        ComboBox<Unit> successor = new ComboBox<>(form.candidates);
        successor.setId("merge-successor");
        successor.setConverter(Converters.showing(Unit::name));
        successor.valueProperty().bindBidirectional(form.successor);
        DateField date = new DateField(typed -> { });
        date.valueProperty().bindBidirectional(form.date);
        CheckBox reassign = new CheckBox(messages.get("unit.merge.reassign"));
        reassign.setWrapText(true); // on two lines beside the fields rather than cut
        reassign.setMinHeight(Region.USE_PREF_SIZE);
        reassign.setMaxWidth(360);
        reassign.selectedProperty().bindBidirectional(form.reassign);
        GridPane grid = FormFields.grid();
        grid.addRow(0, FormFields.label(messages.get("unit.merge.into")), successor);
        grid.addRow(1, FormFields.label(messages.get("unit.merge.date")), date);
        grid.add(reassign, 1, 2);
        if (ask(messages.format("unit.merge.title", form.merged.name()), grid, "merge-save", owner)) {
            model.merge(form);
        }
    }

    private boolean ask(String title, Node content, String saveId, Node owner) {
        return FormDialog.ask(owner, title, title, content, saveId, messages);
    }

    @Override
    public Node node() {
        return root;
    }
}
