package vn.cchc.dashboard.ui.controls;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Table columns every screen builds the same way. */
public final class Columns {

    /** What a heading leaves either side of its text (the header's padding). */
    private static final double HEADING_PADDING = 14;

    private Columns() {
    }

    /** A read-only column of text worked out from each row; its heading wraps rather than being cut. */
    public static <S> TableColumn<S, String> text(String heading, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(heading);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return wrapHeading(column);
    }

    /** As {@link #text}, showing long text whole on as many lines as it needs. */
    public static <S> TableColumn<S, String> wrapping(String heading, Function<S, String> value, double width) {
        TableColumn<S, String> column = text(heading, value, width);
        column.setCellFactory(c -> new WrappingCell<>(column));
        return column;
    }

    /**
     * The column's heading goes on to a second line in a narrow column rather than ending in "…": a Text with the
     * column's width to wrap in, which the header grows to hold (a header label does not wrap). The column keeps its
     * text for the table's column menu; the header shows the Text in its place (app.css: .wrapped-heading).
     */
    public static <C extends TableColumnBase<?, ?>> C wrapHeading(C column) {
        Text heading = new Text();
        heading.textProperty().bind(column.textProperty());
        heading.getStyleClass().add("column-heading");
        heading.setTextAlignment(TextAlignment.CENTER);
        heading.wrappingWidthProperty().bind(column.widthProperty().subtract(HEADING_PADDING));
        column.setGraphic(heading);
        column.getStyleClass().add("wrapped-heading");
        return column;
    }
}
