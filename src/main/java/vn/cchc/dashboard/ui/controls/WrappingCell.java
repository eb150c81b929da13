package vn.cchc.dashboard.ui.controls;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A table cell that shows all of a long text on as many lines as it needs, never cut off with "…". A Text
 * node with a wrapping width (not a Label) is what lets the row compute its height.
 */
public final class WrappingCell<S> extends TableCell<S, String> {

    private final Text text = new Text();
    private final Function<String, String> styleOf;
    private String applied;

    public WrappingCell(TableColumn<S, String> column) {
        this(column, value -> null);
    }

    /** @param styleOf a style class for the text from its content (a colour for a verdict), or null for none */
    public WrappingCell(TableColumn<S, String> column, Function<String, String> styleOf) {
        this.styleOf = styleOf;
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(18));
        text.getStyleClass().add("wrapped-cell-text");
        setPrefHeight(Region.USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        text.setText(empty || value == null ? "" : value);
        if (applied != null) {
            text.getStyleClass().remove(applied);
        }
        applied = empty || value == null ? null : styleOf.apply(value);
        if (applied != null) {
            text.getStyleClass().add(applied);
        }
        setGraphic(empty ? null : text);
    }
}
