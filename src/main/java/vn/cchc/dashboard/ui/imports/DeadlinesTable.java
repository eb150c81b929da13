package vn.cchc.dashboard.ui.imports;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The import wizard's deadlines table: each deadline text the reader could not understand, the cells holding it, the
 * meaning the user gives it and what that meaning reads as. Apart from the dialog for the cell the meaning is typed in.
 */
final class DeadlinesTable {

    private DeadlinesTable() {
    }

    static TableView<DeadlineQuestions.Line> of(DeadlineQuestions deadlines, ImportTables tables, Messages messages) {
        TableView<DeadlineQuestions.Line> table = tables.table("import-deadlines", deadlines.lines());
        table.setPlaceholder(new Label(messages.get("import.deadlines.allRead")));
        table.getColumns().add(tables.column("import.deadlines.written", 260, DeadlineQuestions.Line::written));
        TableColumn<DeadlineQuestions.Line, String> cells = tables.column("import.deadlines.cells", 70,
                DeadlineQuestions.Line::cells);
        cells.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(cells);
        TableColumn<DeadlineQuestions.Line, String> meaning = new TableColumn<>(messages.get("import.deadlines.meaning"));
        meaning.setPrefWidth(280);
        meaning.setCellFactory(c -> new MeaningCell(deadlines, messages));
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
    private static final class MeaningCell extends TableCell<DeadlineQuestions.Line, String> {
        private final DeadlineQuestions deadlines;
        private final TextField text = new TextField();
        private final MenuButton pick = new MenuButton();
        private final HBox box = new HBox(4, text, pick);

        MeaningCell(DeadlineQuestions deadlines, Messages messages) {
            this.deadlines = deadlines;
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
            deadlines.suggestions().addListener((ListChangeListener<String>) c -> fillMenu());
            fillMenu();
        }

        private void fillMenu() {
            pick.getItems().setAll(deadlines.suggestions().stream().map(suggestion -> {
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
}
