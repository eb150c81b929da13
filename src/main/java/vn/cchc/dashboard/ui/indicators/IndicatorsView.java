package vn.cchc.dashboard.ui.indicators;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.ui.controls.ProgressStrip;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.Converters;

/** Chỉ số screen: the traffic-light grid, one indicator across units, the province's indices, and data entry. */
public final class IndicatorsView implements ScreenView {

    private static final javafx.css.PseudoClass NARROW = javafx.css.PseudoClass.getPseudoClass("narrow");

    private final IndicatorsViewModel model;
    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();
    private final TableView<IndicatorsViewModel.Row> grid = new TableView<>();
    private final IndicatorChartPane chart;
    private final VBox root;

    /**
     * @param library the indicator library's model, made when the button opens it (its changes reload this screen)
     */
    public IndicatorsView(IndicatorsViewModel model, Messages messages, Background background, SaveDialog saveDialog,
                          java.util.function.Function<Runnable, LibraryViewModel> library) {
        this(model, messages, background, saveDialog, library, null);
    }

    /**
     * @param library    the indicator library's model, made when the button opens it (its changes reload this screen)
     * @param statistics the units' statistics model, made when its button opens it; null for no button
     */
    public IndicatorsView(IndicatorsViewModel model, Messages messages, Background background, SaveDialog saveDialog,
                          java.util.function.Function<Runnable, LibraryViewModel> library,
                          java.util.function.Supplier<vn.cchc.dashboard.ui.statistics.StatisticsViewModel> statistics) {
        this.model = model;
        this.messages = messages;
        this.chart = new IndicatorChartPane(model.chartInput(), background, messages, saveDialog, model::tell);
        Label title = new Label(messages.get("nav.indicators"));
        title.getStyleClass().add("screen-title");
        ComboBox<ReportPeriod> period = new ComboBox<>(model.periods());
        period.setId("indicator-period");
        period.setConverter(Converters.showing(model::periodName));
        period.valueProperty().bindBidirectional(model.period());
        TextField search = new TextField();
        search.setId("indicator-search");
        search.setPromptText(messages.get("unit.search"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.search());
        Button enter = new Button(messages.get("indicator.enter"));
        enter.setId("indicator-enter");
        enter.getStyleClass().add("accent");
        enter.setOnAction(e -> askFigure(model.newEntry(selectedUnit())));
        Button openLibrary = new Button(messages.get("library.open"));
        openLibrary.setId("indicator-library");
        openLibrary.setOnAction(e -> LibraryDialog.show(openLibrary.getScene().getWindow(),
                library.apply(model::load), messages));
        Label periodLabel = new Label(messages.get("indicator.period"));
        periodLabel.setMinWidth(Region.USE_PREF_SIZE);
        period.setMinWidth(Region.USE_PREF_SIZE);
        HBox choose = new HBox(12, periodLabel, period);
        choose.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(12, openLibrary, enter);
        if (statistics != null) {
            Button openStatistics = new Button(messages.get("statistics.view.tab"));
            openStatistics.setId("indicator-statistics");
            openStatistics.setOnAction(e -> vn.cchc.dashboard.ui.statistics.StatisticsDialog.show(
                    openStatistics.getScene().getWindow(), statistics.get(), messages));
            buttons.getChildren().add(0, openStatistics);
        }
        buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        // On a narrow window the buttons go on to a second line rather than being squeezed to "Thư v…".
        FlowPane bar = new FlowPane(12, 8, choose, search, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("indicator-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        Label feedback = new Label();
        feedback.setId("indicator-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());

        grid.setId("indicator-grid");
        // The indicators share the width (a figure over its trend needs little), their names wrapping in the headings.
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        grid.setItems(model.rows());
        grid.setPrefHeight(420);
        grid.setMinHeight(260);
        grid.setPlaceholder(new Label(messages.get("indicator.none")));
        grid.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(IndicatorsViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("province-row");
                if (!empty && item != null && item.unit() == null) {
                    getStyleClass().add("province-row");
                }
            }
        });
        subscriptions.follow(model.period(), p -> buildColumns());
        model.columns().addListener((ListChangeListener<Indicator>) c -> buildColumns());

        ComboBox<Indicator> charted = new ComboBox<>(model.columns());
        charted.setId("indicator-charted");
        charted.setConverter(Converters.showing(i -> IndicatorWording.name(i, messages)));
        charted.valueProperty().bindBidirectional(model.charted());
        Label chartTitle = new Label(messages.get("indicator.chart"));
        chartTitle.getStyleClass().add("section-title");
        chartTitle.setMinWidth(Region.USE_PREF_SIZE);
        chart.exportButton().setMinWidth(Region.USE_PREF_SIZE);
        FlowPane chartBar = new FlowPane(12, 8, chartTitle, charted, chart.exportButton());
        chartBar.setAlignment(Pos.CENTER_LEFT);

        Label indicesTitle = new Label(messages.get("indicator.indices"));
        indicesTitle.getStyleClass().add("section-title");
        VBox content = new VBox(14, title, bar, status, feedback, grid, chartBar,
                new ProgressStrip(messages).follow(chart.exportRunning()), chart, indicesTitle, indices());
        content.getStyleClass().add("screen-content");
        // In a narrow window (a laptop at 150%) less margin, so that a plan's indicators fit the grid's width.
        content.widthProperty().addListener((obs, old, width) -> content.pseudoClassStateChanged(NARROW,
                width.doubleValue() > 0 && width.doubleValue() < 900));
        // One long page: the grid, then the chart, then the province's indices, scrolled as a whole.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(scroll);
        root.getStyleClass().add("screen");
    }

    private Unit selectedUnit() {
        IndicatorsViewModel.Row row = grid.getSelectionModel().getSelectedItem();
        return row == null ? null : row.unit();
    }

    /** One column per indicator, headed by its name and the year's target. */
    private void buildColumns() {
        grid.getColumns().clear();
        TableColumn<IndicatorsViewModel.Row, String> unit = Columns.wrapping(messages.get("lagging.column.unit"),
                IndicatorsViewModel.Row::name, 200);
        unit.setMinWidth(110);
        grid.getColumns().add(unit);
        for (int i = 0; i < model.columns().size(); i++) {
            Indicator indicator = model.columns().get(i);
            int index = i;
            TableColumn<IndicatorsViewModel.Row, IndicatorsViewModel.Cell> column = new TableColumn<>();
            // Text nodes with a wrapping width, so that the header grows to show the name and target whole.
            Text name = new Text(IndicatorWording.name(indicator, messages));
            name.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            name.getStyleClass().add("indicator-heading");
            Text target = new Text(model.targetText(indicator));
            target.getStyleClass().add("indicator-target");
            column.setGraphic(new VBox(2, name, target));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new IndicatorCell());
            column.setPrefWidth(150);
            column.setMinWidth(76);
            column.setSortable(false);
            grid.getColumns().add(column);
        }
    }

    private TableView<IndicatorsViewModel.IndexRow> indices() {
        TableView<IndicatorsViewModel.IndexRow> table = new TableView<>(model.indexRows());
        table.setId("indicator-indices");
        table.setPrefHeight(340);
        table.setPlaceholder(new Label(messages.get("indicator.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Runnable columns = () -> {
            table.getColumns().clear();
            TableColumn<IndicatorsViewModel.IndexRow, String> name = Columns.wrapping(messages.get("indicator.index"),
                    IndicatorsViewModel.IndexRow::name, 520);
            name.setMinWidth(180);
            table.getColumns().add(name);
            for (int i = 0; i < model.indexYears().size(); i++) {
                int index = i;
                TableColumn<IndicatorsViewModel.IndexRow, String> year = Columns.text(
                        String.valueOf(model.indexYears().get(i)), r -> r.byYear().get(index), 110);
                year.setStyle("-fx-alignment: center-right;");
                year.setMinWidth(80);
                table.getColumns().add(year);
            }
        };
        model.indexYears().addListener((ListChangeListener<Integer>) c -> columns.run());
        columns.run();
        return table;
    }

    private void askFigure(EntryForm form) {
        new EntryDialog(model, messages, root).ask(form);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        chart.dispose();
        model.dispose();
    }
}
