package vn.cchc.dashboard.ui.unitindex;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.FormDialog;
import vn.cchc.dashboard.ui.controls.FormFields;
import vn.cchc.dashboard.ui.controls.ProgressStrip;
import vn.cchc.dashboard.ui.controls.SpreadsheetChooser;
import vn.cchc.dashboard.ui.overview.ChartActions;

/**
 * Chỉ số CCHC các đơn vị (a tab of the Chỉ số screen): the year and group, the ranking as announced with its charts,
 * and the appraisal of each unit; locking the results once the explanations are heard, or reopening them with a reason.
 */
public final class UnitIndexView implements ScreenView {

    private final UnitIndexViewModel model;
    private final AppraisalViewModel appraisal;
    private final Messages messages;
    private final Clock clock;
    private final Subscriptions subscriptions = new Subscriptions();
    private final UnitIndexChartsPane charts;
    private final VBox root;

    public UnitIndexView(UnitIndexViewModel model, AppraisalViewModel appraisal, FormsViewModel forms,
                         Messages messages, Clock clock, Background background, SaveDialog saveDialog) {
        this.clock = clock;
        this.model = model;
        this.appraisal = appraisal;
        this.messages = messages;
        Label title = new Label(messages.get("unitIndex.view.title"));
        title.getStyleClass().add("screen-title");
        ComboBox<UnitIndexViewModel.Edition> edition = new ComboBox<>(model.editions());
        edition.setId("unit-index-edition");
        edition.setConverter(Converters.showing(model::label));
        edition.valueProperty().bindBidirectional(model.edition());
        Label lockText = new Label();
        lockText.setId("unit-index-lock-state");
        lockText.getStyleClass().add("muted");
        lockText.setWrapText(true);
        lockText.textProperty().bind(model.lockText());
        Button lock = new Button(messages.get("unitIndex.view.lock"));
        lock.setId("unit-index-lock");
        lock.setOnAction(e -> model.lock());
        Button unlock = new Button(messages.get("unitIndex.view.unlock"));
        unlock.setId("unit-index-unlock");
        unlock.setOnAction(e -> askUnlock());
        lock.visibleProperty().bind(model.locked().not().and(model.shown().isNotNull()));
        unlock.visibleProperty().bind(model.locked());
        for (Button b : new Button[] {lock, unlock}) {
            b.managedProperty().bind(b.visibleProperty());
            b.setDisable(!model.mayEdit());
        }
        Button importButton = new Button(messages.get("unitIndex.view.import"));
        importButton.setId("unit-index-import");
        importButton.setDisable(!model.mayEdit());
        importButton.setOnAction(e -> askImport());
        Label editionLabel = new Label(messages.get("unitIndex.view.edition.label"));
        editionLabel.setMinWidth(Region.USE_PREF_SIZE);
        edition.setMinWidth(Region.USE_PREF_SIZE); // "Năm 2025 – các sở, ban, ngành" read whole
        HBox choose = new HBox(12, editionLabel, edition);
        choose.setAlignment(Pos.CENTER_LEFT);
        Button announce = new Button(messages.get("unitIndex.view.announce"));
        announce.setId("unit-index-announce");
        announce.disableProperty().bind(model.shown().isNull());
        announce.setOnAction(e -> askAnnounce());
        for (Button b : new Button[] {lock, unlock, announce, importButton}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(12, lock, unlock, announce, importButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // The buttons go on to a second line in a narrow window rather than squeezing the edition's name.
        FlowPane bar = new FlowPane(12, 8, choose, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label feedback = new Label();
        feedback.setId("unit-index-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        Label headline = new Label();
        headline.setId("unit-index-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.textProperty().bind(model.headline());

        // A chart's export is told where the other results are: one sentence under the bar.
        ChartActions actions = new ChartActions(background, saveDialog, messages, model::tell);
        this.charts = new UnitIndexChartsPane(model.shown(), background, actions, messages);
        Tab rankingTab = new Tab(messages.get("unitIndex.view.tab.ranking"), rankingPage(
                new VBox(10, new ProgressStrip(messages).follow(actions.running()), charts)));
        rankingTab.setId("unit-index-ranking-tab");
        Tab appraisalTab = new Tab(messages.get("unitIndex.view.tab.appraisal"),
                new AppraisalPane(appraisal, messages, model.mayEdit()));
        appraisalTab.setId("unit-index-appraisal-tab");
        Tab formsTab = new Tab(messages.get("unitIndex.view.tab.forms"), new FormsPane(forms, messages, model.mayEdit(),
                model.locked()));
        formsTab.setId("unit-index-forms-tab");
        TabPane tabs = new vn.cchc.dashboard.ui.controls.FittingTabPane(rankingTab, formsTab, appraisalTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox content = new VBox(10, title, bar, lockText, feedback, headline, tabs);
        content.getStyleClass().add("screen-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        root = new VBox(content);
        root.getStyleClass().add("screen");
        subscriptions.follow(model.shown(), appraisal::follow);
        subscriptions.follow(model.shown(), forms::follow);
    }

    private Node rankingPage(Node charts) {
        TableView<UnitIndexViewModel.RankRow> table = new TableView<>(model.ranking());
        table.setId("unit-index-ranking");
        table.prefHeightProperty().bind(Bindings.size(model.ranking()).multiply(37).add(40));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(""));
        table.getColumns().add(right("place", UnitIndexViewModel.RankRow::place, 90));
        TableColumn<UnitIndexViewModel.RankRow, String> unit = Columns.wrapping(column("unit"),
                UnitIndexViewModel.RankRow::unit, 300);
        unit.setMinWidth(150);
        table.getColumns().add(unit);
        table.getColumns().add(right("index", UnitIndexViewModel.RankRow::index, 80));
        table.getColumns().add(right("points", UnitIndexViewModel.RankRow::points, 110));
        table.getColumns().add(Columns.wrapping(column("note"), UnitIndexViewModel.RankRow::note, 380));
        Label ties = new Label(messages.get("unitIndex.rank.tiesNote"));
        ties.getStyleClass().add("muted");
        ties.setWrapText(true);
        ties.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.ranking().stream()
                .anyMatch(r -> r.place().endsWith("=")), model.ranking()));
        ties.managedProperty().bind(ties.visibleProperty());
        VBox page = new VBox(10, table, ties);
        page.getChildren().add(charts);
        page.setStyle("-fx-padding: 10 0 0 0;");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private String column(String key) {
        return messages.get("unitIndex.view.column." + key);
    }

    private TableColumn<UnitIndexViewModel.RankRow, String> right(String key,
            Function<UnitIndexViewModel.RankRow, String> value, double width) {
        TableColumn<UnitIndexViewModel.RankRow, String> column = Columns.text(column(key), value, width);
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }

    /** A file, then the year and group it is the set of; the import itself runs off the FX thread. */
    private void askImport() {
        Path chosen = SpreadsheetChooser.open(root, messages.get("unitIndex.view.import.title")).orElse(null);
        if (chosen == null) {
            return;
        }
        TextField year = new TextField(String.valueOf(model.suggestedYear(java.time.Year.now(clock).getValue())));
        year.setId("unit-index-import-year");
        year.setPrefColumnCount(6);
        ComboBox<IndexGroup> group = new ComboBox<>(FXCollections.observableArrayList(IndexGroup.values()));
        group.setId("unit-index-import-group");
        group.setConverter(Converters.showing(g -> messages.get("unitIndex.group." + g.name())));
        group.setValue(model.edition().get() == null ? IndexGroup.DEPARTMENTS : model.edition().get().group());
        GridPane grid = FormFields.grid();
        grid.addRow(0, FormFields.label(messages.get("unitIndex.view.import.file")), new Label(String.valueOf(chosen.getFileName())));
        grid.addRow(1, FormFields.label(messages.get("unitIndex.view.import.year")), year);
        grid.addRow(2, FormFields.label(messages.get("unitIndex.view.import.group")), group);
        if (FormDialog.ask(root, messages.get("unitIndex.view.import.title"), messages.get("unitIndex.view.import.header"),
                grid, "unit-index-import-save", messages)) {
            model.importCriteria(chosen, year.getText(), group.getValue());
        }
    }

    private void askAnnounce() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("unitIndex.view.announce.title"));
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            model.announce(folder.toPath());
        }
    }

    private void askUnlock() {
        TextField reason = new TextField();
        reason.setId("unit-index-unlock-reason");
        reason.setPrefColumnCount(40);
        GridPane grid = FormFields.grid();
        grid.addRow(0, FormFields.label(messages.get("unitIndex.view.unlock.reason")), reason);
        if (FormDialog.ask(root, messages.get("unitIndex.view.unlock"), model.label(model.edition().get()), grid,
                "unit-index-unlock-save", messages)) {
            model.unlock(reason.getText());
        }
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
    public void dispose() {
        subscriptions.dispose();
        charts.dispose();
    }
}
