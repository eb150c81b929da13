package vn.cchc.dashboard.ui.overview;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import vn.cchc.dashboard.i18n.Messages;

/**
 * Who is behind, up front: under the headline, the few units furthest behind with why, a sentence each in the Đơn vị
 * list's words, and the way into that list. Where nobody is behind it says so; where nothing was due yet, that nobody
 * can be late.
 */
final class BehindCard extends VBox {

    /** Units named on the overview: the rest are in Đơn vị, a click away. */
    static final int SHOWN = 5;

    private final LaggingDigestViewModel behind;
    private final Messages messages;
    private final Label status = new Label();
    private final VBox lines = new VBox(6);
    private final Label more = new Label();
    private final ListChangeListener<LaggingDigestViewModel.Line> linesChanged = c -> show();
    private final ChangeListener<LaggingDigestViewModel.State> stateChanged = (obs, old, now) -> show();

    BehindCard(LaggingDigestViewModel behind, Messages messages) {
        super(8);
        this.behind = behind;
        this.messages = messages;
        setId("overview-behind");
        getStyleClass().addAll("card", "behind-card");
        Label title = new Label(messages.get("behind.title"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("behind-status");
        status.setWrapText(true);
        status.textProperty().bind(behind.status());
        HBox.setHgrow(status, Priority.ALWAYS);
        Button open = new Button(messages.get("behind.open"));
        open.setId("behind-open");
        open.getStyleClass().addAll("flat", "accent");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setTooltip(new Tooltip(messages.get("behind.open.tooltip")));
        open.setOnAction(e -> behind.openList());
        HBox head = new HBox(12, title, status, open);
        head.setAlignment(Pos.BASELINE_LEFT);
        more.getStyleClass().add("muted");
        more.managedProperty().bind(more.textProperty().isNotEmpty());
        getChildren().addAll(head, lines, more);
        behind.lines().addListener(linesChanged);
        behind.state().addListener(stateChanged);
        show();
    }

    private void show() {
        boolean lagging = behind.state().get() == LaggingDigestViewModel.State.LAGGING;
        status.getStyleClass().setAll("label", lagging ? "muted" : "behind-none");
        lines.getChildren().clear();
        if (lagging) {
            behind.lines().stream().limit(SHOWN).forEach(line -> lines.getChildren().add(line(line)));
        }
        lines.setManaged(!lines.getChildren().isEmpty());
        more.setText(lagging ? behind.more(SHOWN) : "");
    }

    /** "1  Sở Nội vụ còn 2 nhiệm vụ quá hạn chưa hoàn thành; …": a click opens the tasks the unit leads. */
    private HBox line(LaggingDigestViewModel.Line line) {
        Label rank = new Label(line.rank());
        rank.getStyleClass().add("behind-rank");
        rank.setMinWidth(28);
        Text unit = new Text(line.unit() + " ");
        unit.getStyleClass().addAll("behind-text", "behind-unit");
        Text predicate = new Text(line.predicate());
        predicate.getStyleClass().add("behind-text");
        TextFlow sentence = new TextFlow(unit, predicate);
        sentence.setMinWidth(0);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        HBox row = new HBox(8, rank, sentence);
        row.getStyleClass().add("behind-line");
        row.setCursor(Cursor.HAND);
        Tooltip.install(row, new Tooltip(messages.get("behind.unit.tooltip")));
        row.setOnMouseClicked(e -> behind.open(line));
        return row;
    }

    void activate() {
        behind.activate();
    }

    void deactivate() {
        behind.deactivate();
    }

    void dispose() {
        behind.lines().removeListener(linesChanged);
        behind.state().removeListener(stateChanged);
        behind.dispose();
    }
}
