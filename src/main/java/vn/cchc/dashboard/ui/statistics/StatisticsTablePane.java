package vn.cchc.dashboard.ui.statistics;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticKind;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Converters;

/**
 * Bảng chỉ tiêu: the year's statistics table above, the item chosen (or a new one) in a form below. A role that may
 * only read sees the table and the form without the buttons.
 */
final class StatisticsTablePane {

    private StatisticsTablePane() {
    }

    static Node create(StatisticsTableViewModel model, Messages messages) {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(model.title());

        TableView<StatisticItem> table = new TableView<>(model.items());
        table.setId("statistics-items");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column(messages.get("statistics.table.column.code"), StatisticItem::code, 190));
        TableColumn<StatisticItem, String> area = column(messages.get("statistics.table.column.area"), StatisticItem::areaCode, 85);
        area.setMinWidth(70); // an area's code ("CDDH") is never broken
        table.getColumns().add(area);
        table.getColumns().add(column(messages.get("statistics.table.column.label"), StatisticItem::label, 360));
        table.getColumns().add(column(messages.get("statistics.table.column.measure"), StatisticItem::measureUnit, 90));
        table.getColumns().add(column(messages.get("statistics.table.column.kind"), model::kindText, 240));
        table.getColumns().add(column(messages.get("statistics.table.column.required"), i -> messages.get(i.required()
                ? "statistics.table.required" : "statistics.table.optional"), 120));
        table.getColumns().add(column(messages.get("statistics.table.column.indicator"),
                i -> i.indicatorCode() == null ? "" : i.indicatorCode(), 150));
        Button copy = new Button(messages.get("statistics.table.copyEarlier"));
        copy.setId("statistics-table-copy");
        copy.setOnAction(e -> model.copyEarlierTable());
        copy.setVisible(model.editable());
        table.setPlaceholder(new VBox(8, new Label(messages.get("statistics.table.none")), copy));
        ((VBox) table.getPlaceholder()).setAlignment(Pos.CENTER);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selected().get()) {
                model.selected().set(now);
            }
        });
        model.selected().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        Label feedback = new Label();
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE);
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());

        Label problem = new Label();
        problem.setId("statistics-item-problem");
        problem.getStyleClass().add("field-error");
        problem.setStyle("-fx-padding: 0"); // flush with the buttons, not indented as under a field
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problem());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        VBox box = new VBox(8, title, table, form(model, messages), buttons(model, messages), feedback, problem);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private static GridPane form(StatisticsTableViewModel model, Messages messages) {
        TextField code = text("statistics-item-code", model.code());
        code.disableProperty().bind(model.adding().not());
        ComboBox<ReformArea> area = new ComboBox<>(model.areas());
        area.setId("statistics-item-area");
        area.setConverter(Converters.showing(a -> a == null ? "" : a.code() + " – " + a.name(false)));
        area.valueProperty().bindBidirectional(model.area());
        area.setMaxWidth(Double.MAX_VALUE);
        ComboBox<StatisticKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(model.kinds()));
        kind.setId("statistics-item-kind");
        kind.setConverter(Converters.showing(model::kindName));
        kind.valueProperty().bindBidirectional(model.kind());
        TextField pair = text("statistics-item-pair", model.pair());
        pair.disableProperty().bind(model.kind().isEqualTo(StatisticKind.COUNT));
        ComboBox<String> indicator = new ComboBox<>(model.indicators());
        indicator.setId("statistics-item-indicator");
        indicator.setEditable(true);
        indicator.valueProperty().bindBidirectional(model.indicator());
        indicator.disableProperty().bind(model.kind().isNotEqualTo(StatisticKind.NUMERATOR));
        CheckBox required = new CheckBox(messages.get("statistics.table.field.required"));
        required.setId("statistics-item-required");
        required.selectedProperty().bindBidirectional(model.required());
        required.setWrapText(true);
        required.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        row(grid, 0, messages.get("statistics.table.field.code"), code, messages.get("statistics.table.field.area"), area);
        row(grid, 1, messages.get("statistics.table.field.label"), text("statistics-item-label", model.label()),
                messages.get("statistics.table.field.measure"), text("statistics-item-measure", model.measure()));
        row(grid, 2, messages.get("statistics.table.field.kind"), kind, messages.get("statistics.table.field.pair"), pair);
        row(grid, 3, messages.get("statistics.table.field.indicator"), indicator,
                messages.get("statistics.table.field.source"), text("statistics-item-source", model.source()));
        grid.add(required, 1, 4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields, labels, fields);
        grid.setDisable(!model.editable());
        return grid;
    }

    private static HBox buttons(StatisticsTableViewModel model, Messages messages) {
        Button add = new Button(messages.get("statistics.table.new"));
        add.setId("statistics-item-new");
        add.setOnAction(e -> model.startNew());
        Button save = new Button(messages.get("statistics.table.save"));
        save.setId("statistics-item-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busy());
        save.setOnAction(e -> model.save());
        Button remove = new Button(messages.get("statistics.table.remove"));
        remove.setId("statistics-item-remove");
        remove.disableProperty().bind(model.busy().or(model.selected().isNull()));
        remove.setOnAction(e -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("statistics.table.removeConfirm",
                    model.selected().get().code(), model.selected().get().label()), ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(remove.getScene().getWindow());
            confirm.setHeaderText(null);
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.remove());
        });
        HBox buttons = new HBox(8, add, save, remove);
        buttons.setVisible(model.editable());
        buttons.setManaged(model.editable());
        return buttons;
    }

    private static void row(GridPane grid, int row, String firstLabel, Node first, String secondLabel, Node second) {
        grid.add(new Label(firstLabel), 0, row);
        grid.add(first, 1, row);
        grid.add(new Label(secondLabel), 2, row);
        grid.add(second, 3, row);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A column whose text and heading wrap: the table's columns share its width (a long name on two lines). */
    private static TableColumn<StatisticItem, String> column(String title, Function<StatisticItem, String> value,
                                                             double width) {
        TableColumn<StatisticItem, String> column = vn.cchc.dashboard.ui.controls.Columns.wrapping(title, value, width);
        column.setMinWidth(Math.min(width, 80)); // a word ("cuộc", an area's code) is never broken
        return column;
    }
}
