package vn.cchc.dashboard.ui.shell;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;

/**
 * The toolbar's three parts — the application's name, the plan, the day — laid out to the window's width: all on one
 * line where they fit whole; on a narrower window without the name (the title bar carries it); on a narrow one (a
 * laptop at 150%) the day on a second line, so that the plan's long title is still read whole.
 */
final class ToolbarLayout extends Region {

    private static final double GAP = 24;
    private static final double ROW_GAP = 8;

    private final Region brand;
    private final Region plan;
    private final Region day;

    ToolbarLayout(Region brand, Region plan, Region day) {
        this.brand = brand;
        this.plan = plan;
        this.day = day;
        getChildren().addAll(brand, plan, day);
    }

    private enum Arrangement { ALL, WITHOUT_NAME, TWO_LINES }

    private Arrangement arrangement(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        double planAndDay = plan.prefWidth(-1) + GAP + day.prefWidth(-1);
        if (inner >= brand.prefWidth(-1) + GAP + planAndDay) {
            return Arrangement.ALL;
        }
        return inner >= planAndDay ? Arrangement.WITHOUT_NAME : Arrangement.TWO_LINES;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double inner = getWidth() - left - snappedRightInset();
        double innerHeight = getHeight() - top - snappedBottomInset();
        Arrangement arrangement = arrangement(getWidth());
        brand.setVisible(arrangement == Arrangement.ALL);
        double dayWidth = Math.min(inner, day.prefWidth(-1));
        switch (arrangement) {
            case ALL -> {
                double brandWidth = brand.prefWidth(-1);
                layoutInArea(brand, left, top, brandWidth, innerHeight, 0, HPos.LEFT, VPos.CENTER);
                double planWidth = plan.prefWidth(-1);
                layoutInArea(plan, left + inner - dayWidth - GAP - planWidth, top, planWidth, innerHeight, 0,
                        HPos.LEFT, VPos.CENTER);
                layoutInArea(day, left + inner - dayWidth, top, dayWidth, innerHeight, 0, HPos.LEFT, VPos.CENTER);
            }
            case WITHOUT_NAME -> {
                double planWidth = inner - dayWidth - GAP;
                layoutInArea(plan, left, top, planWidth, innerHeight, 0, HPos.LEFT, VPos.CENTER);
                layoutInArea(day, left + inner - dayWidth, top, dayWidth, innerHeight, 0, HPos.LEFT, VPos.CENTER);
            }
            case TWO_LINES -> {
                double planHeight = plan.prefHeight(inner);
                layoutInArea(plan, left, top, inner, planHeight, 0, HPos.LEFT, VPos.CENTER);
                layoutInArea(day, left, top + planHeight + ROW_GAP, dayWidth, day.prefHeight(dayWidth), 0,
                        HPos.LEFT, VPos.CENTER);
            }
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(plan.minWidth(-1), day.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + brand.prefWidth(-1) + GAP + plan.prefWidth(-1) + GAP + day.prefWidth(-1)
                + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double rows = switch (width < 0 ? Arrangement.ALL : arrangement(width)) {
            case ALL -> Math.max(brand.prefHeight(-1), Math.max(plan.prefHeight(-1), day.prefHeight(-1)));
            case WITHOUT_NAME -> Math.max(plan.prefHeight(-1), day.prefHeight(-1));
            case TWO_LINES -> plan.prefHeight(-1) + ROW_GAP + day.prefHeight(-1);
        };
        return snappedTopInset() + rows + snappedBottomInset();
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }
}
