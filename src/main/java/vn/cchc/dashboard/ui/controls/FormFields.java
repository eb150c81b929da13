package vn.cchc.dashboard.ui.controls;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The parts every form shares: a field with the sentence that says what is wrong with it, and uncut labels. */
public final class FormFields {

    /** A field's name wraps beyond this width, and is never narrower than this (or its own width if less). */
    private static final double LABEL_MOST = 300;
    private static final double LABEL_LEAST = 150;

    private FormFields() {
    }

    /** A two-column grid whose field column takes the width the labels leave. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), fields);
        return grid;
    }

    /**
     * A field's name, never cut short: on one line where there is room, else on two (a long name in a narrow window)
     * rather than ending in "…"; the fields beside it give way first.
     */
    public static Label label(String text) {
        Label label = new Label(text) {
            @Override
            protected double computeMinWidth(double height) {
                return Math.min(computePrefWidth(height), LABEL_LEAST);
            }
        };
        label.setWrapText(true);
        label.setMaxWidth(LABEL_MOST);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A muted sentence under a field that wraps to the field's width rather than widening the form. */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setPrefWidth(1); // takes the width the form gives it, and wraps in it
        hint.setMaxWidth(Double.MAX_VALUE);
        return hint;
    }

    /**
     * {@code field} with the problem {@code problems} holds for {@code name} under it, shown only while there
     * is one. The problem label's id is "problem-" + name.
     */
    public static Node withProblem(Node field, String name, ObservableMap<String, String> problems) {
        Label problem = new Label(problems.getOrDefault(name, ""));
        problem.setId("problem-" + name);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problems.addListener((MapChangeListener<String, String>) c -> problem.setText(problems.getOrDefault(name, "")));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return new VBox(4, field, problem);
    }
}
