package vn.cchc.dashboard.ui.imports;

import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Columns;

/**
 * The import wizard's tables made alike – the same empty-table text, starting height and shared column widths – for
 * the dialog and for the tables of its own ({@link UnitsTable}, {@link DeadlinesTable}).
 */
final class ImportTables {

    private final Messages messages;

    ImportTables(Messages messages) {
        this.messages = messages;
    }

    <T> TableView<T> table(String id, ObservableList<T> items) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setPlaceholder(new Label(messages.get("import.table.empty")));
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    /** A text column headed by the message {@code key}, its long values wrapping. */
    <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        return Columns.wrapping(messages.get(key), value, width);
    }
}
