package vn.cchc.dashboard.ui.statistics;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.function.Function;
import vn.cchc.dashboard.ui.controls.WindowFit;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Converters;

/**
 * Chỉ số → Số liệu thống kê: the status line and who has not sent on the left, the province's totals on the right;
 * in a second tab, the plan year's statistics table, edited as data.
 * A window of its own beside the screen, as the indicator library is: the figures are read while it is open only.
 */
public final class StatisticsDialog {

    private StatisticsDialog() {
    }

    public static void show(Window owner, StatisticsViewModel model, Messages messages) {
        ComboBox<vn.cchc.dashboard.domain.ReportPeriod> period = new ComboBox<>(model.periods());
        period.setId("statistics-period");
        period.setConverter(Converters.showing(model::periodName));
        period.valueProperty().bindBidirectional(model.period());
        HBox bar = new HBox(12, new Label(messages.get("statistics.view.period")), period);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label statusLine = new Label();
        statusLine.setId("statistics-status");
        statusLine.getStyleClass().add("section-title");
        statusLine.setWrapText(true);
        // A wrapped label in a VBox keeps its full height only when told to: the line is the window's headline.
        statusLine.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        statusLine.textProperty().bind(model.statusLine());
        Label late = new Label();
        late.getStyleClass().add("muted");
        late.textProperty().bind(model.lateLine());
        late.managedProperty().bind(late.textProperty().isNotEmpty());
        Label feedback = new Label();
        feedback.getStyleClass().add("feedback");
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        ListView<String> missing = list("statistics-missing", model.missing(), messages);
        ListView<String> gaps = list("statistics-gaps", model.gaps(), messages);
        gaps.setPrefHeight(120);
        ListView<String> sent = list("statistics-sent", model.sent(), messages);
        VBox left = new VBox(8, bar, statusLine, late, feedback, new Label(messages.get("statistics.view.missing")), missing,
                new Label(messages.get("statistics.view.gaps")), gaps, new Label(messages.get("statistics.view.sent")), sent);
        VBox.setVgrow(missing, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        TableView<StatisticsViewModel.TotalRow> totals = new TableView<>(model.totals());
        totals.setId("statistics-totals");
        totals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        totals.getColumns().add(column(messages.get("statistics.view.column.item"), StatisticsViewModel.TotalRow::label, 330));
        totals.getColumns().add(column(messages.get("statistics.view.column.sum"), StatisticsViewModel.TotalRow::sum, 130));
        totals.getColumns().add(column(messages.get("statistics.view.column.rate"), StatisticsViewModel.TotalRow::rate, 90));
        totals.getColumns().add(column(messages.get("statistics.view.column.units"), StatisticsViewModel.TotalRow::units, 110));
        totals.setPlaceholder(new Label(messages.get("statistics.view.none")));
        Label totalsTitle = new Label(messages.get("statistics.view.totals"));
        totalsTitle.getStyleClass().add("section-title");
        VBox right = new VBox(8, totalsTitle, totals);
        VBox.setVgrow(totals, Priority.ALWAYS);
        right.setPadding(new Insets(12));

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.4);
        Tab status = new Tab(messages.get("statistics.view.statusTab"), split);
        TabPane tabs = new vn.cchc.dashboard.ui.controls.FittingTabPane(status);
        if (model.table() != null) {
            Tab table = new Tab(messages.get("statistics.table.tab"), StatisticsTablePane.create(model.table(), messages));
            table.setId("statistics-table-tab");
            tabs.getTabs().add(table);
            model.table().load();
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("statistics.view.tab"));
        // On a small screen the window is the owner's size and its tabs scroll.
        Scene scene = new Scene(WindowFit.scrolling(tabs), WindowFit.width(owner, 1320), WindowFit.height(owner, 780));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        model.load();
        stage.show();
    }

    private static ListView<String> list(String id, javafx.collections.ObservableList<String> items, Messages messages) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(new Label(messages.get("statistics.view.none")));
        return list;
    }

    /** A column whose text and heading wrap, rather than a long indicator's name ending in "…". */
    private static TableColumn<StatisticsViewModel.TotalRow, String> column(String title,
            Function<StatisticsViewModel.TotalRow, String> value, double width) {
        TableColumn<StatisticsViewModel.TotalRow, String> column = vn.cchc.dashboard.ui.controls.Columns.wrapping(title,
                value, width);
        column.setMinWidth(Math.min(width, 90));
        return column;
    }
}
