package vn.cchc.dashboard.ui.controls;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A cell whose text is worked out from its row and wraps in its column (see {@link WrappingCell}), with a style
 * class from the row (a status's colour) on the text.
 */
public final class RowTextCell<S, T> extends TableCell<S, T> {

    private final Text text = new Text();
    private final BiFunction<S, T, String> show;
    private final Function<S, String> styleOf;
    private String applied;

    /**
     * @param show    the text for a row and the cell's value
     * @param styleOf a style class for the text, or null for none
     */
    public RowTextCell(TableColumn<S, T> column, BiFunction<S, T, String> show, Function<S, String> styleOf) {
        this.show = show;
        this.styleOf = styleOf;
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(18));
        text.getStyleClass().add("wrapped-cell-text");
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        S row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (applied != null) {
            text.getStyleClass().remove(applied);
            applied = null;
        }
        if (row == null) {
            setGraphic(null);
            return;
        }
        text.setText(show.apply(row, value));
        applied = styleOf.apply(row);
        if (applied != null) {
            text.getStyleClass().add(applied);
        }
        setGraphic(text);
    }
}
