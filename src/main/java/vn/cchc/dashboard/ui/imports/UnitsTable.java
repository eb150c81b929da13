package vn.cchc.dashboard.ui.imports;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.ChoiceColumn;

/**
 * The import wizard's units table: each lead unit name of the file, the tasks it leads, the unit it is matched to and
 * its state. Apart from the dialog for the state cell, where a merged department's proposed successor is accepted.
 */
final class UnitsTable {

    private UnitsTable() {
    }

    static TableView<UnitLine> of(ImportPlanViewModel model, ImportTables tables, Messages messages) {
        TableView<UnitLine> table = tables.table("import-units", model.units());
        table.getColumns().add(tables.column("import.units.written", 180, UnitLine::written));
        TableColumn<UnitLine, String> tasks = tables.column("import.units.tasks", 80,
                line -> messages.formats().count(line.tasks()));
        tasks.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(tasks);
        table.getColumns().add(ChoiceColumn.of(messages.get("import.units.match"), 240, new ChoiceColumn.Choices<>(
                model.unitOptions(), option -> option == null ? "" : option.label(), UnitLine::match,
                (u, i) -> "import-unit-" + i, messages.get("import.units.none"))));
        table.getColumns().add(stateColumn(model, messages));
        return table;
    }

    /** The line's state, and for a merged department's proposed successor the button that accepts it. */
    private static TableColumn<UnitLine, UnitLine> stateColumn(ImportPlanViewModel model, Messages messages) {
        TableColumn<UnitLine, UnitLine> column = new TableColumn<>(messages.get("import.units.state"));
        column.setPrefWidth(420);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
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
}
