package vn.cchc.dashboard.ui.overview;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ScreenView;

/**
 * The meeting view for the projector: the plan and its day on top, one page at a time in the middle (the arrow keys,
 * Page Up/Page Down, Home and End move through them), where the meeting is ("2/10") and how to leave at the bottom.
 * Laid out for 1366 × 768 and scaled to the screen, in type read from the back of the room.
 */
public final class PresentationView implements ScreenView {

    private final OverviewViewModel overview;
    private final MeetingViewModel meeting;
    private final LaggingDigestViewModel behind;
    private final MeetingPages builder;
    private final StackPane pages = new StackPane();
    private final ScaledRoot root;
    private final ListChangeListener<MeetingViewModel.Page> pagesChanged = c -> showPages();

    public PresentationView(OverviewViewModel overview, MeetingViewModel meeting, LaggingDigestViewModel behind,
                            Messages messages, Background background) {
        this.overview = overview;
        this.meeting = meeting;
        this.behind = behind;
        this.builder = new MeetingPages(overview, behind, messages, background);

        Label plan = new Label();
        plan.setId("meeting-plan");
        plan.getStyleClass().add("meeting-plan");
        plan.setWrapText(true);
        plan.textProperty().bind(overview.planTitle());
        Label asOf = new Label();
        asOf.setId("meeting-as-of");
        asOf.getStyleClass().add("meeting-as-of");
        asOf.setMinWidth(Region.USE_PREF_SIZE); // the day is never cut; the plan's title wraps instead
        asOf.textProperty().bind(overview.asOfText());
        Region topSpacer = new Region();
        HBox.setHgrow(topSpacer, Priority.ALWAYS);
        HBox top = new HBox(24, plan, topSpacer, asOf);
        top.setAlignment(Pos.TOP_LEFT);
        top.getStyleClass().add("meeting-top");

        Label hint = new Label(messages.get("meeting.keys"));
        hint.getStyleClass().add("meeting-hint");
        hint.setWrapText(true);
        Label position = new Label();
        position.setId("meeting-position");
        position.getStyleClass().add("meeting-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.textProperty().bind(meeting.position());
        Region bottomSpacer = new Region();
        HBox.setHgrow(bottomSpacer, Priority.ALWAYS);
        HBox bottom = new HBox(24, hint, bottomSpacer, position);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("meeting-bottom");

        pages.setAlignment(Pos.TOP_LEFT);
        pages.setMinSize(0, 0);
        BorderPane frame = new BorderPane(pages, top, null, bottom, null);
        frame.getStyleClass().addAll("presentation", "meeting");
        root = new ScaledRoot(frame);

        meeting.pages().addListener(pagesChanged);
        meeting.current().addListener((obs, old, now) -> showCurrent());
        showPages();
    }

    /**
     * The arrow keys, Page Up/Page Down (a presenter's clicker), Home and End move through the pages: for the window's
     * scene to filter its keys through, whatever has the focus (often nothing: the tiles do not take it).
     */
    void turn(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN -> meeting.next();
            case LEFT, PAGE_UP -> meeting.previous();
            case HOME -> meeting.first();
            case END -> meeting.last();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showPages() {
        List<Region> nodes = meeting.pages().stream().map(builder::node).toList();
        pages.getChildren().setAll(nodes);
        showCurrent();
    }

    private void showCurrent() {
        int current = meeting.current().get();
        for (int i = 0; i < pages.getChildren().size(); i++) {
            // Every page stays laid out (its charts are drawn to their size ahead of time); only one is seen.
            pages.getChildren().get(i).setVisible(i == current);
        }
    }

    /** The page shown now. */
    Node currentPage() {
        int current = meeting.current().get();
        return current < pages.getChildren().size() ? pages.getChildren().get(current) : null;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        meeting.pages().removeListener(pagesChanged);
        builder.dispose();
        meeting.dispose();
        behind.dispose();
        overview.dispose();
    }
}
