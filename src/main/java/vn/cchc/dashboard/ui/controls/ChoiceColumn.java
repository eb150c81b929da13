package vn.cchc.dashboard.ui.controls;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/**
 * A table column whose cells are drop-downs, each bound both ways to a property of its row – the choice is the
 * row's state, so scrolling (which reuses cells) never moves a choice to another row.
 */
public final class ChoiceColumn {

    /**
     * The column's cells: the drop-down's choices, how each reads, the row's property it sets, the drop-down's id
     * (from the row and its index, for tests and accessibility) and the prompt shown while nothing is chosen.
     */
    public record Choices<S, T>(ObservableList<T> items, Function<T, String> label, Function<S, Property<T>> property,
                                BiFunction<S, Integer, String> id, String prompt) {
    }

    private ChoiceColumn() {
    }

    public static <S, T> TableColumn<S, S> of(String title, double width, Choices<S, T> choices) {
        TableColumn<S, S> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new Cell<>(choices));
        return column;
    }

    private static final class Cell<S, T> extends TableCell<S, S> {
        private final Choices<S, T> choices;
        private final ComboBox<T> box;
        private Property<T> bound;

        Cell(Choices<S, T> choices) {
            this.choices = choices;
            this.box = new ComboBox<>(choices.items());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T value) {
                    return choices.label().apply(value);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
            box.setPromptText(choices.prompt());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setVisibleRowCount(14);
        }

        @Override
        protected void updateItem(S row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound);
            }
            bound = empty || row == null ? null : choices.property().apply(row);
            if (bound == null) {
                setGraphic(null);
                return;
            }
            box.setId(choices.id().apply(row, getIndex()));
            box.valueProperty().bindBidirectional(bound);
            setGraphic(box);
        }
    }
}
