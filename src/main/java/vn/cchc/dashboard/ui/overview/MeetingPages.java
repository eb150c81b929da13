package vn.cchc.dashboard.ui.overview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.controls.FitText;

/**
 * The nodes of the meeting's pages, laid out for a 1366 × 768 screen ({@link ScaledRoot} scales them to the
 * projector): large type, every text whole — a text that does not fit wraps, a figure shrinks, a list shows the rows
 * the page has room for and says how many more there are.
 */
final class MeetingPages {

    private static final double HEADLINE_SIZE = 44;
    private static final double TILE_FIGURE_SIZE = 34;
    private static final double TILES_SHARE = 0.5;
    private static final double FIGURES_WIDTH = 500;

    private final OverviewViewModel overview;
    private final LaggingDigestViewModel behind;
    private final Messages messages;
    private final Background background;
    private final List<ChartSlot> charts = new ArrayList<>();
    private final Map<MeetingViewModel.Page, Region> built = new HashMap<>();
    private final List<Runnable> removals = new ArrayList<>();

    MeetingPages(OverviewViewModel overview, LaggingDigestViewModel behind, Messages messages, Background background) {
        this.overview = overview;
        this.behind = behind;
        this.messages = messages;
        this.background = background;
    }

    /**
     * The node of {@code page}. The headline, lagging and charts pages follow the figures themselves and are built
     * once; an area's page is built again with its new figures.
     */
    Region node(MeetingViewModel.Page page) {
        Region node;
        if (page instanceof MeetingViewModel.AreaPage area) {
            node = area(area);
        } else {
            node = built.get(page);
            if (node == null) {
                node = page instanceof MeetingViewModel.HeadlinePage headline ? headline(headline)
                        : page instanceof MeetingViewModel.BehindPage who ? behind(who)
                        : chart((MeetingViewModel.ChartPage) page);
                built.put(page, node);
            }
        }
        if (!node.getStyleClass().contains("meeting-page")) {
            node.getStyleClass().add("meeting-page");
        }
        return node;
    }

    /** The headline on one line, the tiles whole on the left and the cumulative chart on the right. */
    private Region headline(MeetingViewModel.HeadlinePage page) {
        VBox box = new VBox(10);
        Label headline = new Label();
        headline.setId("presentation-headline");
        headline.getStyleClass().add("presentation-headline");
        headline.setWrapText(true); // should even the smallest size not fit, a second line rather than a cut
        headline.textProperty().bind(overview.headline());
        FitText.oneLine(headline, box.widthProperty(), HEADLINE_SIZE, HEADLINE_SIZE * 0.6);
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("headline-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(overview.completion());
        bar.setMinHeight(Region.USE_PREF_SIZE);

        MeetingTiles tiles = new MeetingTiles(overview, messages, TILE_FIGURE_SIZE);
        removals.add(tiles::dispose);
        tiles.prefWidthProperty().bind(box.widthProperty().multiply(TILES_SHARE));
        tiles.setMinWidth(0);
        ChartSlot chart = chart(page.chart());
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox body = new HBox(22, tiles, chart);
        VBox.setVgrow(body, Priority.ALWAYS);
        box.getChildren().addAll(headline, bar, body);
        return box;
    }

    /** The lagging units in the Đơn vị list's order, each a sentence to read aloud, as many as the page holds. */
    private Region behind(MeetingViewModel.BehindPage page) {
        Label title = title(page.title());
        Label status = new Label();
        status.setId("meeting-behind-status");
        status.getStyleClass().add("meeting-status");
        status.setWrapText(true);
        status.textProperty().bind(behind.status());
        VBox box = new VBox(14, title, status);
        StackPane list = new StackPane();
        list.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getChildren().add(list);
        Runnable show = () -> {
            List<Region> rows = behind.lines().stream().map(this::behindRow).toList();
            list.getChildren().setAll(new FillingList(null, rows, 14, n -> messages.format("behind.more",
                    messages.formats().count(n)), false));
        };
        ListChangeListener<LaggingDigestViewModel.Line> changed = c -> show.run();
        behind.lines().addListener(changed);
        removals.add(() -> behind.lines().removeListener(changed));
        show.run();
        return box;
    }

    private Region behindRow(LaggingDigestViewModel.Line line) {
        Label rank = new Label(line.rank());
        rank.getStyleClass().add("meeting-rank");
        rank.setMinWidth(Region.USE_PREF_SIZE);
        Text unit = new Text(line.unit() + " ");
        unit.getStyleClass().addAll("meeting-text", "meeting-unit");
        Text predicate = new Text(line.predicate());
        predicate.getStyleClass().addAll("meeting-text", "meeting-reason");
        TextFlow sentence = new TextFlow(unit, predicate);
        sentence.setMinWidth(0);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        HBox row = new HBox(14, rank, sentence);
        row.getStyleClass().add("meeting-behind-row");
        return row;
    }

    /** An area: its rate and its tasks by category on the left; what holds it back (or comes next) on the right. */
    private Region area(MeetingViewModel.AreaPage page) {
        Label kicker = new Label(page.kicker());
        kicker.getStyleClass().add("meeting-kicker");
        Label title = title(page.title());

        Label percent = new Label(page.percent());
        percent.getStyleClass().add("meeting-percent");
        Label headline = new Label(page.headline());
        headline.getStyleClass().add("meeting-area-headline");
        headline.setWrapText(true);
        SegmentBar bar = new SegmentBar(page.segments());
        VBox legend = new VBox(6);
        for (MeetingViewModel.Segment segment : page.segments()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("meeting-swatch", "segment-" + segment.style());
            Label name = new Label(segment.label());
            name.getStyleClass().add("meeting-legend-label");
            name.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label count = new Label(segment.count());
            count.getStyleClass().add("meeting-legend-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox item = new HBox(10, swatch, name, spacer, count);
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        VBox figures = new VBox(10, percent, headline, bar, legend);
        figures.setPrefWidth(FIGURES_WIDTH);
        figures.setMinWidth(FIGURES_WIDTH);

        VBox tasks = new VBox(16);
        if (!page.note().isEmpty()) {
            Label note = new Label(page.note());
            note.getStyleClass().add("meeting-note");
            note.setWrapText(true);
            tasks.getChildren().add(note);
        }
        boolean first = true;
        for (MeetingViewModel.TaskList shown : page.lists()) {
            Label listTitle = new Label(shown.title());
            listTitle.getStyleClass().add("meeting-list-title");
            listTitle.setWrapText(true);
            List<Region> rows = shown.tasks().stream().map(this::taskRow).toList();
            // The overdue tasks first, at their full height; the tasks coming due in the room that is left.
            FillingList list = new FillingList(listTitle, rows, 12, n -> messages.format("meeting.area.more",
                    messages.formats().count(n)), !first);
            if (!first) {
                list.setPrefHeight(0);
                VBox.setVgrow(list, Priority.ALWAYS);
            }
            tasks.getChildren().add(list);
            first = false;
        }
        HBox.setHgrow(tasks, Priority.ALWAYS);
        HBox body = new HBox(36, figures, tasks);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox box = new VBox(4, kicker, title, spacer(10), body);
        box.setId("meeting-area-" + page.code());
        return box;
    }

    private Region taskRow(MeetingViewModel.TaskLine line) {
        Label heading = new Label(line.heading());
        heading.getStyleClass().addAll("meeting-task-heading", line.overdue() ? "overdue" : "due-soon");
        heading.setWrapText(true);
        Label title = new Label(line.title());
        title.getStyleClass().add("meeting-task-title");
        title.setWrapText(true);
        VBox row = new VBox(2, heading, title);
        row.getStyleClass().add("meeting-task");
        return row;
    }

    /** One chart as large as the page: its own title says what it is. */
    private Region chart(MeetingViewModel.ChartPage page) {
        ChartSlot chart = chart(page.chart());
        chart.setAccessibleText(page.title());
        return new StackPane(chart);
    }

    private ChartSlot chart(ChartKind kind) {
        ChartSlot slot = new ChartSlot(kind, overview.overview(), background, messages);
        charts.add(slot);
        return slot;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("meeting-title");
        title.setWrapText(true);
        return title;
    }

    private static Region spacer(double height) {
        Region spacer = new Region();
        spacer.setMinHeight(height);
        return spacer;
    }

    /** The charts drawn so far, for a test waiting on them. */
    List<ChartSlot> charts() {
        return List.copyOf(charts);
    }

    /** Stops the charts following the figures; the pages are being replaced or closed. */
    void dispose() {
        charts.forEach(ChartSlot::dispose);
        charts.clear();
        removals.forEach(Runnable::run);
        removals.clear();
        built.clear();
    }
}
