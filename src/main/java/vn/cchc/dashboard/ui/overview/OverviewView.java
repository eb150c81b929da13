package vn.cchc.dashboard.ui.overview;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.StartupProbe;
import vn.cchc.dashboard.ui.controls.DateField;
import vn.cchc.dashboard.ui.controls.ProgressStrip;

/** Tổng quan: the plan's headline figure, its deadline categories and progress by reform area. */
public final class OverviewView implements ScreenView {

    private final OverviewViewModel model;
    private final Messages messages;
    private final GridPane areaTable = new GridPane();
    private final ScrollPane root;

    private final ChartsPane charts;
    private final ProgressStrip chartExport;
    private final BehindCard behind;

    /**
     * @param behind     who is behind, shown under the headline
     * @param saveDialog asks where to save an exported chart
     */
    public OverviewView(OverviewViewModel model, LaggingDigestViewModel behind, Messages messages, Background background,
                        SaveDialog saveDialog) {
        this.model = model;
        this.messages = messages;
        this.behind = new BehindCard(behind, messages);
        ChartActions actions = new ChartActions(background, saveDialog, messages, model::showFeedback);
        this.chartExport = new ProgressStrip(messages).follow(actions.running());
        this.charts = new ChartsPane(model.overview(), background, actions, messages);
        this.root = new ScrollPane(content());
        root.setFitToWidth(true);
        root.getStyleClass().add("screen");
        model.areas().addListener((ListChangeListener<OverviewViewModel.AreaFigure>) c -> showAreas());
        showAreas();
    }

    @Override
    public Node node() {
        return root;
    }

    private Node content() {
        Label title = new Label(messages.get("overview.title"));
        title.getStyleClass().add("screen-title");
        Label asOf = new Label();
        asOf.getStyleClass().add("muted");
        asOf.textProperty().bind(model.asOfText());

        Label headline = new Label();
        headline.setId("overview-headline");
        headline.getStyleClass().add("headline");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headline());
        StartupProbe.watch(headline);
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("headline-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.completion());
        VBox headlineCard = new VBox(10, asOf, headline, bar);
        headlineCard.getStyleClass().add("card");

        Label comparisonProblem = new Label();
        comparisonProblem.getStyleClass().add("field-error");
        DateField comparison = new DateField(typed -> comparisonProblem.setText(messages.format("error.date.invalid", typed)));
        comparison.setId("comparison");
        comparison.setPrefWidth(150);
        comparison.setTooltip(new Tooltip(messages.get("overview.comparison.hint")));
        comparison.setValue(model.comparison().get());
        model.comparison().addListener((obs, old, now) -> comparison.setValue(now));
        comparison.valueProperty().addListener((obs, old, now) -> {
            comparisonProblem.setText("");
            model.compareWith(now);
        });
        Label comparisonLabel = new Label(messages.get("overview.comparison"));
        comparisonLabel.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, comparisonProblem, comparisonLabel, comparison);
        header.setAlignment(Pos.CENTER_LEFT);

        Label empty = new Label(messages.get("overview.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.empty());
        empty.managedProperty().bind(model.empty());

        Label areaTitle = new Label(messages.get("overview.byArea"));
        areaTitle.getStyleClass().add("section-title");
        areaTable.getStyleClass().add("area-table");
        areaTable.setHgap(16);
        areaTable.setVgap(8);
        VBox areaCard = new VBox(12, areaTitle, areaTable);
        areaCard.getStyleClass().add("card");

        KpiTiles tiles = new KpiTiles(model, messages, 196, 118);
        Label feedback = new Label();
        feedback.setId("overview-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        // Who is behind right under the headline: on a 1366 × 768 screen both are seen before any scrolling.
        behind.visibleProperty().bind(model.empty().not());
        behind.managedProperty().bind(behind.visibleProperty());
        VBox content = new VBox(18, header, headlineCard, behind, empty, tiles, feedback, chartExport, charts, areaCard);
        content.getStyleClass().add("screen-content");
        return content;
    }

    private void showAreas() {
        areaTable.getChildren().clear();
        areaTable.getColumnConstraints().setAll(grow(), fixed(120), fixed(220), fixed(90));
        header(0, "overview.column.area");
        header(1, "overview.column.done");
        header(2, "overview.column.percent");
        header(3, "overview.column.overdue");
        int row = 1;
        for (OverviewViewModel.AreaFigure area : model.areas()) {
            Label name = new Label(area.name());
            name.setWrapText(true);
            name.setTooltip(new Tooltip(area.code() + " – " + area.name()));
            Label ratio = new Label(area.ratio());
            ratio.getStyleClass().add("number");
            ProgressBar bar = new ProgressBar(area.fraction());
            bar.setPrefWidth(130);
            Label percent = new Label(area.percent());
            percent.getStyleClass().add("number");
            HBox rate = new HBox(8, bar, percent);
            Label overdue = new Label(area.overdue());
            overdue.getStyleClass().addAll("number", area.overdue().equals("0") ? "muted" : "overdue-count");
            areaTable.addRow(row++, name, ratio, rate, overdue);
            GridPane.setHalignment(ratio, HPos.RIGHT);
            GridPane.setHalignment(overdue, HPos.RIGHT);
        }
    }

    private void header(int column, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("column-header");
        areaTable.add(label, column, 0);
        if (column == 1 || column == 3) {
            GridPane.setHalignment(label, HPos.RIGHT);
        }
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(200);
        return c;
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints c = new ColumnConstraints(width);
        c.setMinWidth(width);
        return c;
    }

    @Override
    public void activate() {
        model.activate();
        behind.activate();
        charts.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
        behind.deactivate();
        charts.deactivate();
    }

    @Override
    public void dispose() {
        charts.dispose();
        behind.dispose();
        model.dispose();
    }
}
