package vn.cchc.dashboard.ui.units;

import javafx.geometry.VPos;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.TableRowSkin;
import javafx.scene.text.Text;

/**
 * A ranking row in two parts: the unit's figures in their columns, and under them, from the unit's name to the right
 * edge, its reasons on as many lines as they need. The reasons are the longest text of the row; given the table's
 * whole width instead of a column of their own they take two or three lines rather than six or seven, so that more
 * units fit on a laptop's screen, and no column is pushed out of the table to make room for them.
 */
final class ReasonsRowSkin extends TableRowSkin<LaggingViewModel.Row> {

    /** The reasons' distance from the start of the unit's column, and from the row's bottom edge. */
    private static final double INDENT = 9;
    private static final double BELOW = 4;

    private final Text reasons = new Text();
    private final TableColumn<LaggingViewModel.Row, ?> from;

    /** @param from the column under which the reasons begin (the unit's name) */
    ReasonsRowSkin(TableRow<LaggingViewModel.Row> row, TableColumn<LaggingViewModel.Row, ?> from) {
        super(row);
        this.from = from;
        reasons.getStyleClass().add("lagging-reasons");
        reasons.setTextOrigin(VPos.TOP);
        reasons.setManaged(false);
        registerChangeListener(row.itemProperty(), e -> show());
        registerChangeListener(row.emptyProperty(), e -> show());
        show();
    }

    private void show() {
        TableRow<LaggingViewModel.Row> row = getSkinnable();
        LaggingViewModel.Row item = row.getItem();
        reasons.setText(row.isEmpty() || item == null ? "" : item.reasons());
        row.requestLayout();
    }

    /** Where the unit's column begins, from the row's left edge. */
    private double indent() {
        double x = 0;
        if (getSkinnable().getTableView() != null) {
            for (TableColumn<LaggingViewModel.Row, ?> column : getSkinnable().getTableView().getVisibleLeafColumns()) {
                if (column == from) {
                    break;
                }
                x += column.getWidth();
            }
        }
        return x + INDENT;
    }

    /** The reasons' height in a row {@code width} wide (wrapped to the width right of the indent). */
    private double reasonsHeight(double width) {
        if (reasons.getText().isEmpty() || width <= 0) {
            return 0;
        }
        reasons.setWrappingWidth(Math.max(80, width - indent() - INDENT));
        return Math.ceil(reasons.getLayoutBounds().getHeight()) + BELOW;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double below = reasonsHeight(w);
        super.layoutChildren(x, y, w, h - below);
        // The row's cells are put back from time to time (a column shown or hidden): the reasons with them.
        if (!getChildren().contains(reasons)) {
            getChildren().add(reasons);
        }
        reasons.relocate(x + indent(), y + h - below);
    }

    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset, double bottomInset,
                                       double leftInset) {
        double rowWidth = width > 0 ? width - leftInset - rightInset : getSkinnable().getWidth();
        return super.computePrefHeight(width, topInset, rightInset, bottomInset, leftInset) + reasonsHeight(rowWidth);
    }
}
