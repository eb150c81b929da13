package vn.cchc.dashboard.ui.national;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.NationalWording;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.FormDialog;
import vn.cchc.dashboard.ui.controls.FormFields;
import vn.cchc.dashboard.ui.controls.ProgressStrip;
import vn.cchc.dashboard.ui.controls.SpreadsheetChooser;
import vn.cchc.dashboard.ui.overview.ChartActions;

/**
 * Vị trí so với cả nước (a tab of the Chỉ số screen): the index and year, the province's rank and gaps in a few
 * lines, the components in a table, then the ranking chart and the components chart; and importing a results file.
 */
public final class NationalView implements ScreenView {

    private final NationalViewModel model;
    private final Messages messages;
    private final NationalChartsPane charts;
    private final VBox root;

    public NationalView(NationalViewModel model, Messages messages, Background background, SaveDialog saveDialog) {
        this.model = model;
        this.messages = messages;
        Label feedback = new Label();
        feedback.setId("national-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        // A chart's export is told where the import is: one sentence under the bar.
        ChartActions actions = new ChartActions(background, saveDialog, messages, model::tell);
        this.charts = new NationalChartsPane(model.shown(), background, actions, messages);

        Label title = new Label(messages.get("national.view.title"));
        title.getStyleClass().add("screen-title");
        ComboBox<IndexKind> index = new ComboBox<>(model.kinds());
        index.setId("national-index");
        index.setConverter(Converters.showing(k -> NationalWording.index(k, messages)));
        index.valueProperty().bindBidirectional(model.kind());
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("national-year");
        year.valueProperty().bindBidirectional(model.year());
        Button importButton = new Button(messages.get("national.view.import"));
        importButton.setId("national-import");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> askImport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, new Label(messages.get("national.view.index")), index,
                new Label(messages.get("national.view.year")), year, spacer, importButton);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label headline = wrapping("national-headline", "section-title");
        headline.textProperty().bind(model.headline());
        Label details = wrapping("national-details", null);
        details.textProperty().bind(model.details());
        Label source = wrapping("national-source", "muted");
        source.textProperty().bind(model.source());

        Label componentsTitle = new Label(messages.get("national.view.components"));
        componentsTitle.getStyleClass().add("section-title");
        TableView<NationalViewModel.ComponentRow> table = components();
        componentsTitle.visibleProperty().bind(Bindings.isNotEmpty(model.components()));
        componentsTitle.managedProperty().bind(componentsTitle.visibleProperty());
        table.visibleProperty().bind(componentsTitle.visibleProperty());
        table.managedProperty().bind(componentsTitle.visibleProperty());

        VBox content = new VBox(12, title, bar, feedback, headline, details, source, componentsTitle, table,
                new ProgressStrip(messages).follow(actions.running()), charts);
        content.getStyleClass().add("screen-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(scroll);
        root.getStyleClass().add("screen");
    }

    private static Label wrapping(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private TableView<NationalViewModel.ComponentRow> components() {
        TableView<NationalViewModel.ComponentRow> table = new TableView<>(model.components());
        table.setId("national-components");
        // Every component in view without a scroll bar of its own: the page scrolls.
        table.prefHeightProperty().bind(Bindings.size(model.components()).multiply(40).add(44));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.wrapping(messages.get("national.view.column.component"),
                NationalViewModel.ComponentRow::name, 330));
        table.getColumns().add(number("score", NationalViewModel.ComponentRow::score, 90));
        table.getColumns().add(number("average", NationalViewModel.ComponentRow::average, 145));
        table.getColumns().add(Columns.text(messages.get("national.view.column.best"), NationalViewModel.ComponentRow::best, 190));
        table.getColumns().add(number("gapToAverage", NationalViewModel.ComponentRow::gapToAverage, 140));
        table.getColumns().add(number("gapToBest", NationalViewModel.ComponentRow::gapToBest, 125));
        table.getColumns().add(number("change", NationalViewModel.ComponentRow::change, 130));
        return table;
    }

    private TableColumn<NationalViewModel.ComponentRow, String> number(String key,
            Function<NationalViewModel.ComponentRow, String> value, double width) {
        TableColumn<NationalViewModel.ComponentRow, String> column = Columns.text(
                messages.get("national.view.column." + key), value, width);
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }

    /** A file, then the index and the year it brings; the import itself runs off the FX thread. */
    private void askImport() {
        Path chosen = SpreadsheetChooser.open(root, messages.get("national.view.import.title")).orElse(null);
        if (chosen == null) {
            return;
        }
        ComboBox<IndexKind> index = new ComboBox<>(model.kinds());
        index.setId("national-import-index");
        index.setConverter(Converters.showing(k -> NationalWording.index(k, messages)));
        index.setValue(model.kind().get());
        TextField year = new TextField(String.valueOf(model.suggestedYear()));
        year.setId("national-import-year");
        year.setPrefColumnCount(6);
        GridPane grid = FormFields.grid();
        grid.addRow(0, FormFields.label(messages.get("national.view.import.file")), new Label(String.valueOf(chosen.getFileName())));
        grid.addRow(1, FormFields.label(messages.get("national.view.index")), index);
        grid.addRow(2, FormFields.label(messages.get("national.view.import.year")), year);
        if (FormDialog.ask(root, messages.get("national.view.import.title"), messages.get("national.view.import.header"),
                grid, "national-import-save", messages)) {
            model.importFile(chosen, index.getValue(), year.getText());
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
        charts.dispose();
    }
}
