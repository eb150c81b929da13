package vn.cchc.dashboard.ui.overview;

import java.util.List;
import javafx.scene.layout.Region;

/** An area's tasks as one bar, a segment per deadline category in its colour (app.css: segment-…). */
final class SegmentBar extends Region {

    private static final double HEIGHT = 30;

    private final List<MeetingViewModel.Segment> segments;

    SegmentBar(List<MeetingViewModel.Segment> segments) {
        this.segments = List.copyOf(segments);
        getStyleClass().add("meeting-segment-bar");
        for (MeetingViewModel.Segment segment : segments) {
            Region part = new Region();
            part.getStyleClass().addAll("meeting-segment", "segment-" + segment.style());
            getChildren().add(part);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        double x = 0;
        for (int i = 0; i < segments.size(); i++) {
            double w = getWidth() * segments.get(i).fraction();
            ((Region) getChildren().get(i)).resizeRelocate(x, 0, w, getHeight());
            x += w;
        }
    }
}
