package vn.cchc.dashboard.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A heading and rows from the top, as many rows as the page has room for at their full height, then "và 4 … khác" for
 * the rest: a row is shown whole or not at all, never cut, and the page is filled at a size read from the back of the
 * room. A list that is only worth showing with some of its rows ({@code optional}) shows nothing when none fits.
 */
final class FillingList extends Region {

    private final Region heading;
    private final List<Region> rows;
    private final Label more = new Label();
    private final IntFunction<String> moreText;
    private final double gap;
    private final boolean optional;
    private int shown = -1;

    /**
     * @param heading  shown above the rows, or null
     * @param moreText what is said of the {@code n} rows left out ("và 4 đơn vị khác chậm tiến độ")
     */
    FillingList(Region heading, List<? extends Region> rows, double gap, IntFunction<String> moreText, boolean optional) {
        this.heading = heading;
        this.rows = List.copyOf(rows);
        this.gap = gap;
        this.moreText = moreText;
        this.optional = optional;
        more.getStyleClass().add("meeting-more");
        more.setWrapText(true);
        List<Region> children = new ArrayList<>();
        if (heading != null) {
            children.add(heading);
        }
        children.addAll(this.rows);
        getChildren().addAll(children);
        getChildren().add(more);
        setMinHeight(0);
    }

    /** How many rows the last layout showed. */
    int shown() {
        return shown;
    }

    /** Its height depends on its width: its rows wrap. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = heading == null ? 0 : heading.prefHeight(width) + gap;
        for (Region row : rows) {
            height += row.prefHeight(width) + gap;
        }
        return height;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double top = heading == null ? 0 : heading.prefHeight(width) + gap;
        if (!rows.isEmpty() && more.getText().isEmpty()) {
            more.setText(moreText.apply(rows.size())); // measured once: its count does not change its height
        }
        double moreHeight = rows.isEmpty() ? 0 : more.prefHeight(width);
        double y = top;
        int fits = 0;
        for (int i = 0; i < rows.size(); i++) {
            double rowHeight = rows.get(i).prefHeight(width);
            boolean last = i == rows.size() - 1;
            // Room for this row, and for the line saying how many were left out unless this is the last one.
            if (y + rowHeight + (last ? 0 : gap + moreHeight) > height) {
                break;
            }
            rows.get(i).resizeRelocate(0, y, width, rowHeight);
            y += rowHeight + gap;
            fits++;
        }
        boolean nothing = optional && fits == 0;
        if (heading != null) {
            heading.setVisible(!nothing && top <= height);
            heading.resizeRelocate(0, 0, width, top - gap);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setVisible(i < fits);
        }
        int left = rows.size() - fits;
        more.setVisible(left > 0 && !nothing && y + moreHeight <= height);
        if (more.isVisible()) {
            more.setText(moreText.apply(left));
            more.resizeRelocate(0, y, width, more.prefHeight(width));
        }
        shown = fits;
    }
}
