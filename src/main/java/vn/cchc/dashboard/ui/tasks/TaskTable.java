package vn.cchc.dashboard.ui.tasks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import vn.cchc.dashboard.domain.TaskCodes;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.RowTextCell;
import vn.cchc.dashboard.ui.controls.WrappingCell;

/**
 * The Nhiệm vụ screen's table of tasks: its columns, their widths and orders, and those shown only from the column
 * chooser. Apart from {@link TasksView}, which makes it follow the selection and open the dialogs from it.
 */
final class TaskTable {

    private final Messages messages;

    private TaskTable(Messages messages) {
        this.messages = messages;
    }

    static TableView<TasksViewModel.Row> of(TasksViewModel model, Messages messages) {
        return new TaskTable(messages).table(model);
    }

    private TableView<TasksViewModel.Row> table(TasksViewModel model) {
        TableView<TasksViewModel.Row> table = new TableView<>(model.rows());
        table.setId("task-table");
        // Several rows at once for a bulk update (Ctrl or Shift while selecting).
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // The columns share the width, each down to what its content needs; long texts wrap in their column.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("tasks.none")));
        // The "+" at the header's right end shows and hides columns.
        table.setTableMenuButtonVisible(true);
        Comparator<String> vietnamese = vn.cchc.dashboard.domain.Text.vietnameseOrder();
        TableColumn<TasksViewModel.Row, String> code = text("tasks.column.code", TasksViewModel.Row::code, 70, vietnamese);
        code.setComparator(TaskCodes.ORDER);
        code.setMinWidth(56);
        TableColumn<TasksViewModel.Row, String> titleColumn = text("tasks.column.title", TasksViewModel.Row::title, 420, vietnamese);
        titleColumn.setCellFactory(c -> new WrappingCell<>(titleColumn));
        titleColumn.setMinWidth(150);
        TableColumn<TasksViewModel.Row, String> area = text("tasks.column.area", TasksViewModel.Row::areaCode, 84, vietnamese);
        area.setMinWidth(64);
        area.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                TasksViewModel.Row row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : code);
                setTooltip(row == null ? null : new Tooltip(row.area()));
            }
        });
        TableColumn<TasksViewModel.Row, LocalDate> due = Columns.wrapHeading(new TableColumn<>(messages.get("tasks.column.due")));
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dueDate()));
        // The deadline as the plan words it, and the day it falls on, each on its line.
        due.setCellFactory(c -> new RowTextCell<>(due, (row, date) -> row.deadline() + "\n"
                + (date == null ? messages.get("deadline.none") : Formats.DATE.format(date)), row -> null));
        due.setPrefWidth(120);
        due.setMinWidth(100);
        TableColumn<TasksViewModel.Row, String> status = text("tasks.column.status", TasksViewModel.Row::status, 170, vietnamese);
        status.setCellFactory(c -> new RowTextCell<>(status, (row, text) -> text,
                row -> "status-" + row.category().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        status.setMinWidth(96);
        TableColumn<TasksViewModel.Row, Number> percent = Columns.wrapHeading(new TableColumn<>(messages.get("tasks.column.percent")));
        percent.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().percent()));
        percent.setPrefWidth(54);
        percent.setMinWidth(46);
        TableColumn<TasksViewModel.Row, Number> overdue = Columns.wrapHeading(new TableColumn<>(messages.get("tasks.column.daysOverdue")));
        overdue.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().daysOverdue()));
        overdue.setPrefWidth(90);
        overdue.setMinWidth(70);
        table.getColumns().add(code);
        table.getColumns().add(area);
        table.getColumns().add(titleColumn);
        TableColumn<TasksViewModel.Row, String> lead = text("tasks.column.lead", TasksViewModel.Row::lead, 170, vietnamese);
        lead.setCellFactory(c -> new WrappingCell<>(lead));
        lead.setMinWidth(96);
        table.getColumns().add(lead);
        // Shown from the column chooser (the header's "+"): useful, but they would crowd the default view.
        TableColumn<TasksViewModel.Row, String> cooperation = text("task.form.cooperation", TasksViewModel.Row::cooperation, 180, vietnamese);
        cooperation.setCellFactory(c -> new WrappingCell<>(cooperation));
        cooperation.setVisible(false);
        table.getColumns().add(cooperation);
        TableColumn<TasksViewModel.Row, String> output = text("task.form.output", TasksViewModel.Row::output, 150, vietnamese);
        output.setCellFactory(c -> new WrappingCell<>(output));
        output.setVisible(false);
        table.getColumns().add(output);
        table.getColumns().add(due);
        table.getColumns().add(status);
        table.getColumns().add(percent);
        TableColumn<TasksViewModel.Row, String> lastUpdate = text("tasks.column.lastUpdate", TasksViewModel.Row::lastUpdate, 110, vietnamese);
        lastUpdate.setMinWidth(96);
        table.getColumns().add(lastUpdate);
        table.getColumns().add(overdue);
        return table;
    }

    private TableColumn<TasksViewModel.Row, String> text(String key, Function<TasksViewModel.Row, String> value,
                                                         double width, Comparator<String> order) {
        TableColumn<TasksViewModel.Row, String> column = Columns.text(messages.get(key), value, width);
        column.setComparator(order);
        return column;
    }
}
