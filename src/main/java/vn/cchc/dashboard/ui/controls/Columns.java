package vn.cchc.dashboard.ui.controls;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns every screen builds the same way. */
public final class Columns {

    private Columns() {
    }

    /** A read-only column of text worked out from each row. */
    public static <S> TableColumn<S, String> text(String heading, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(heading);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** As {@link #text}, showing long text whole on as many lines as it needs. */
    public static <S> TableColumn<S, String> wrapping(String heading, Function<S, String> value, double width) {
        TableColumn<S, String> column = text(heading, value, width);
        column.setCellFactory(c -> new WrappingCell<>(column));
        return column;
    }
}
