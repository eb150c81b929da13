package vn.cchc.dashboard.ui.controls;

import java.util.function.Function;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * A list or combo box cell that shows a long text whole, on two lines if it must (a plan's title in a narrow
 * column), instead of cutting it to "…": a Text wrapped to the width it is given, which the cell grows to hold.
 */
public final class WrappingListCell<T> extends ListCell<T> {

    private final Text text = new Text();
    private final Function<T, String> show;

    /**
     * @param width the width the text has (a combo box's width less its arrow, a list's width less its scroll bar)
     */
    public WrappingListCell(Function<T, String> show, ObservableDoubleValue width) {
        this.show = show;
        text.getStyleClass().add("wrapped-cell-text");
        text.wrappingWidthProperty().bind(width);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        text.setText(show.apply(item));
        setGraphic(text);
    }
}
