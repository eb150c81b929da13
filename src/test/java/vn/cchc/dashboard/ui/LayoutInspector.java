package vn.cchc.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Looks at a laid-out scene the way a reader does and lists what they cannot read whole:
 * <ul>
 *   <li><b>cut text</b> — a Labeled (label, button, check box, tab header, column header, table or list cell, combo
 *   box button cell, titled pane title) whose displayed text is not its text (the skin put "…" in, or clipped it);
 *   a text field whose prompt is wider than the field;</li>
 *   <li><b>overflow</b> — a node wider or taller than the layout pane (or cell, or the labeled whose graphic it is)
 *   that holds it, so that it runs over its neighbours; and a control or text partly outside what its window, a tab,
 *   a split pane or a titled pane shows, where nothing scrolls to it (scroll panes and tables scroll, so what they
 *   hide is not a finding);</li>
 *   <li><b>columns wider than their table</b> — a table whose columns need a horizontal scroll bar: its last
 *   column is cut at the right edge.</li>
 * </ul>
 * Rows a table keeps for reuse but does not show are skipped; so is anything invisible.
 */
public final class LayoutInspector {

    private static final double TOLERANCE = 1.0;
    /**
     * JavaFX's constrained resize policies can leave a table's columns up to 3 px wider than the table after the window
     * grows (a rounding of theirs): what goes under the scroll bar then is the last cell's padding (8 px), not its text.
     */
    private static final double COLUMNS_TOLERANCE = 4.0;
    private static final String LABELED_TEXT = "com.sun.javafx.scene.control.LabeledText";

    private final Set<String> findings = new LinkedHashSet<>();
    private final String where;
    private final Predicate<Node> reported;

    private LayoutInspector(String where, Predicate<Node> reported) {
        this.where = where;
        this.reported = reported;
    }

    /** The findings in {@code scene}, each a line beginning with {@code where} (the size and the screen). */
    public static List<String> inspect(Scene scene, String where) {
        return inspect(scene, where, scene.getWidth(), scene.getHeight(), node -> true);
    }

    /**
     * As {@link #inspect(Scene, String)}, where only {@code width}×{@code height} of the scene can be seen, telling
     * only of the nodes {@code reported} accepts (the whole scene is laid out and looked at all the same).
     */
    public static List<String> inspect(Scene scene, String where, double width, double height,
                                       Predicate<Node> reported) {
        LayoutInspector inspector = new LayoutInspector(where, reported);
        inspector.visit(scene.getRoot(), new BoundingBox(0, 0, width, height), null, false);
        return new ArrayList<>(inspector.findings);
    }

    /**
     * @param shown    what of the scene the ancestors show without scrolling (in scene coordinates)
     * @param scrolled what the scroll panes and tables around the node show now (null: none around it); only
     *                 the part of a node inside it has to be within {@code shown}, the rest is scrolled to
     * @param reported an ancestor already overflows: its descendants do too, and say nothing new
     */
    private void visit(Node node, Bounds shown, Bounds scrolled, boolean reported) {
        if (!node.isVisible() || node.getOpacity() == 0 || isPiledCell(node)) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled);
        }
        if (node instanceof TextField field) {
            checkPrompt(field);
        }
        if (node instanceof Text text) {
            checkWords(text);
        }
        if (node instanceof TableView<?> || node instanceof TreeTableView<?>) {
            checkColumns((Control) node);
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll) {
            checkSideways(scroll);
        }
        if (!reported && node.getParent() != null && node.isManaged() && overflowsParent(node)) {
            reported = true;
        }
        if (!reported && isExamined(node)) {
            Bounds inScene = node.localToScene(node.getLayoutBounds());
            Bounds visible = scrolled == null ? inScene : intersect(inScene, scrolled);
            if (!within(visible, shown)) {
                reported = add("outside what is shown", node, describeCut(visible, shown));
            }
        }
        if (node instanceof TextInputControl || !(node instanceof Parent parent)) {
            return; // a text field's text scrolls inside it; its prompt is checked above
        }
        Node clip = node.getClip();
        if (clip != null) {
            Bounds clipped = node.localToScene(clip.getBoundsInParent());
            if (scrolls(node)) {
                scrolled = scrolled == null ? clipped : intersect(scrolled, clipped);
            } else {
                shown = intersect(shown, clipped);
            }
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            visit(child, shown, scrolled, reported);
        }
    }

    private boolean isExamined(Node node) {
        if (node instanceof Text text) {
            return !LABELED_TEXT.equals(text.getClass().getName()) && !text.getText().isBlank();
        }
        return node instanceof Control && !(node instanceof ScrollBar);
    }

    /** A cell the virtual flow keeps for reuse, not showing a row now. */
    private static boolean isPiledCell(Node node) {
        return node instanceof Cell<?> cell && (cell.isEmpty() && cell.getParent() != null
                && cell.getParent().getClass().getName().contains("VirtualFlow") || !cell.isVisible());
    }

    /** A scroll pane's viewport or a table's or list's clipped container. */
    private static boolean scrolls(Node node) {
        String name = node.getClass().getName();
        if (name.startsWith(VirtualFlow.class.getName()) || name.startsWith("javafx.scene.control.skin.TableHeaderRow")) {
            return true;
        }
        return node.getStyleClass().contains("viewport") && node.getParent() != null
                && node.getParent() instanceof javafx.scene.control.ScrollPane;
    }

    private void checkText(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        Text shown = labeledText(labeled);
        if (shown == null || !shown.isVisible()) {
            return;
        }
        String displayed = shown.getText();
        String expected = labeled.isMnemonicParsing() ? full.replace("_", "") : full;
        if (!displayed.replace("_", "").equals(expected.replace("_", ""))) {
            add("cut text", labeled, "shows \"" + oneLine(displayed) + "\"");
        }
    }

    private static Text labeledText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (LABELED_TEXT.equals(child.getClass().getName())) {
                return (Text) child;
            }
        }
        // A titled pane keeps its text in its title region.
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Parent inner && !(child instanceof Labeled)) {
                for (Node grandchild : inner.getChildrenUnmodifiable()) {
                    if (LABELED_TEXT.equals(grandchild.getClass().getName())) {
                        return (Text) grandchild;
                    }
                }
            }
        }
        return null;
    }

    /** A wrapped text whose column is narrower than one of its words: the word is broken across two lines. */
    private void checkWords(Text text) {
        double room = text.getWrappingWidth();
        String value = text.getText();
        if (room <= 0 || value == null || value.isBlank()) {
            return;
        }
        Text probe = new Text();
        probe.setFont(text.getFont());
        for (String word : value.split("\\s+")) {
            probe.setText(word);
            if (probe.getLayoutBounds().getWidth() > room + TOLERANCE) {
                Node owner = LABELED_TEXT.equals(text.getClass().getName()) ? text.getParent() : text;
                add("word broken across lines", owner, String.format("\"%s\" needs %.0f px, the text has %.0f", word,
                        probe.getLayoutBounds().getWidth(), room));
                return;
            }
        }
    }

    private void checkPrompt(TextField field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isEmpty() || (field.getText() != null && !field.getText().isEmpty())) {
            return;
        }
        Text promptNode = findText(field, prompt);
        if (promptNode == null || !promptNode.isVisible()) {
            return;
        }
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        double needed = promptNode.getLayoutBounds().getWidth();
        if (needed > room + TOLERANCE) {
            add("cut prompt", field, String.format("needs %.0f px, has %.0f", needed, room));
        }
    }

    private static Text findText(Parent parent, String value) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Text text && value.equals(text.getText())) {
                return text;
            }
            if (child instanceof Parent inner) {
                Text found = findText(inner, value);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Columns wider than what the table shows of them: with a constrained resize policy the table shows no scroll
     * bar for them, and the last column is simply cut at the right edge (or under the vertical scroll bar).
     */
    private void checkColumns(Control table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null) {
            return;
        }
        // What the rows show: the flow's clipped container (the flow less its vertical scroll bar). An empty table
        // shows its placeholder instead of its rows: then the header row spans the table.
        Node clipped = flow.lookup(".clipped-container");
        double shown = flow.isVisible() && clipped instanceof Region region && region.getWidth() > 0 ? region.getWidth()
                : table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        double needed = columnsWidth(table);
        if (needed > shown + COLUMNS_TOLERANCE) {
            add("columns wider than the table", table, String.format("columns need %.0f px, the table shows %.0f",
                    needed, shown));
        }
    }

    /** A page that scrolls sideways: its right part is out of sight, and reading it means scrolling each line. */
    private void checkSideways(javafx.scene.control.ScrollPane scroll) {
        for (Node bar : scroll.getChildrenUnmodifiable()) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL
                    && scrollBar.isVisible() && scrollBar.getVisibleAmount() < scrollBar.getMax() - scrollBar.getMin()) {
                Node content = scroll.getContent();
                add("scrolls sideways", scroll, String.format("its content needs %.0f px, it shows %.0f",
                        content.getLayoutBounds().getWidth(), scroll.getViewportBounds().getWidth()));
            }
        }
    }

    private static double columnsWidth(Control table) {
        List<? extends TableColumnBase<?, ?>> columns = table instanceof TableView<?> view ? view.getVisibleLeafColumns()
                : ((TreeTableView<?>) table).getVisibleLeafColumns();
        return columns.stream().mapToDouble(TableColumnBase::getWidth).sum();
    }

    /** A managed child larger than the pane, cell or labeled that holds it runs over what is beside it. */
    private boolean overflowsParent(Node node) {
        Parent parent = node.getParent();
        boolean holder = parent instanceof Pane && parent.getClip() == null
                || parent instanceof Labeled labeled && labeled.getGraphic() == node;
        if (!holder || !(parent instanceof Region region) || node instanceof Text && parent instanceof Labeled
                && LABELED_TEXT.equals(node.getClass().getName())) {
            return false;
        }
        if (isSkinPart(parent)) {
            return false;
        }
        Bounds child = node.localToParent(node.getLayoutBounds());
        if (child.getWidth() == 0 || child.getHeight() == 0) {
            return false;
        }
        double right = child.getMaxX() - region.getWidth();
        double bottom = child.getMaxY() - region.getHeight();
        double left = -child.getMinX();
        double top = -child.getMinY();
        if (right > TOLERANCE || bottom > TOLERANCE || left > TOLERANCE || top > TOLERANCE) {
            StringBuilder how = new StringBuilder("overflows its ").append(name(parent)).append(" by");
            if (right > TOLERANCE) {
                how.append(String.format(" %.0f px at the right", right));
            }
            if (bottom > TOLERANCE) {
                how.append(String.format(" %.0f px at the bottom", bottom));
            }
            if (left > TOLERANCE) {
                how.append(String.format(" %.0f px at the left", left));
            }
            if (top > TOLERANCE) {
                how.append(String.format(" %.0f px at the top", top));
            }
            return add("overflow", node, how.toString());
        }
        return false;
    }

    /**
     * Panes a control's skin builds for itself (a combo box's arrow, a scroll bar's track, a table header's
     * parts): the control sizes them, and what they hold is judged by the rules above, not by theirs. A pane the
     * application gave a control (a tab's, scroll pane's, split pane's or titled pane's content, a graphic) is not.
     */
    private static boolean isSkinPart(Parent pane) {
        String name = pane.getClass().getName();
        if (name.startsWith("javafx.scene.control.skin") || name.startsWith("com.sun.javafx.scene.control")) {
            return true;
        }
        List<Node> chain = new ArrayList<>();
        for (Node up = pane; up != null; up = up.getParent()) {
            if (up instanceof Control control && up != pane) {
                return chain.stream().noneMatch(n -> isContentOf(control, n));
            }
            chain.add(up);
        }
        return false;
    }

    private static boolean isContentOf(Control control, Node node) {
        return control instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() == node
                || control instanceof javafx.scene.control.TitledPane titled && titled.getContent() == node
                || control instanceof javafx.scene.control.SplitPane split && split.getItems().contains(node)
                || control instanceof javafx.scene.control.TabPane tabs
                && tabs.getTabs().stream().anyMatch(t -> t.getContent() == node)
                || control instanceof Labeled labeled && labeled.getGraphic() == node;
    }

    private static boolean within(Bounds inner, Bounds outer) {
        return inner.getWidth() == 0 || inner.getHeight() == 0
                || inner.getMinX() >= outer.getMinX() - TOLERANCE && inner.getMinY() >= outer.getMinY() - TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + TOLERANCE && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static String describeCut(Bounds node, Bounds shown) {
        StringBuilder how = new StringBuilder("cut");
        if (node.getMaxX() > shown.getMaxX() + TOLERANCE) {
            how.append(String.format(" %.0f px at the right", node.getMaxX() - shown.getMaxX()));
        }
        if (node.getMaxY() > shown.getMaxY() + TOLERANCE) {
            how.append(String.format(" %.0f px at the bottom", node.getMaxY() - shown.getMaxY()));
        }
        if (node.getMinX() < shown.getMinX() - TOLERANCE) {
            how.append(String.format(" %.0f px at the left", shown.getMinX() - node.getMinX()));
        }
        if (node.getMinY() < shown.getMinY() - TOLERANCE) {
            how.append(String.format(" %.0f px at the top", shown.getMinY() - node.getMinY()));
        }
        return how.toString();
    }

    /** Records a finding on a node this inspection tells of; false for one it does not (its descendants may say). */
    private boolean add(String kind, Node node, String how) {
        if (!reported.test(node)) {
            return false;
        }
        findings.add(where + " | " + kind + " | " + name(node) + context(node) + " | " + how);
        return true;
    }

    /** The node's class, id or first style class, and its text. */
    static String name(Node node) {
        StringBuilder name = new StringBuilder(node.getClass().getSimpleName().isEmpty()
                ? node.getClass().getSuperclass().getSimpleName() : node.getClass().getSimpleName());
        if (node.getId() != null) {
            name.append('#').append(node.getId());
        } else if (!node.getStyleClass().isEmpty()) {
            name.append('.').append(node.getStyleClass().get(node.getStyleClass().size() - 1));
        }
        String text = node instanceof Labeled labeled ? labeled.getText()
                : node instanceof TextInputControl input ? (input.getText() == null || input.getText().isEmpty()
                ? input.getPromptText() : input.getText())
                : node instanceof Text t ? t.getText() : null;
        if (text != null && !text.isEmpty()) {
            name.append(" \"").append(oneLine(text)).append('"');
        }
        return name.toString();
    }

    /** Where the node is: the nearest ancestor with an id, and a column's header for a cell. */
    private static String context(Node node) {
        StringBuilder where = new StringBuilder();
        if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null) {
            where.append(" in column \"").append(cell.getTableColumn().getText()).append('"');
        }
        for (Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                return where.append(" in #").append(up.getId()).toString();
            }
        }
        return where.toString();
    }

    /** The nodes under {@code node} whose minimum width is at least {@code over}, as an indented tree. */
    static String minimumWidths(Node node, double over) {
        StringBuilder out = new StringBuilder();
        minimumWidths(node, over, "", out);
        return out.toString();
    }

    private static void minimumWidths(Node node, double over, String indent, StringBuilder out) {
        if (!(node instanceof Region region) || !node.isVisible() || region.minWidth(-1) < over) {
            return;
        }
        out.append(String.format("%s%s min %.0f pref %.0f width %.0f%n", indent, name(node), region.minWidth(-1),
                region.prefWidth(-1), region.getWidth()));
        for (Node child : region.getChildrenUnmodifiable()) {
            minimumWidths(child, over, indent + "  ", out);
        }
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }
}
