package vn.cchc.dashboard.ui.units;

import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Skin;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.WrappingCell;

/** The ranking tab of the Đơn vị screen: who is behind and why, for the meeting. */
final class LaggingView {

    private static final PseudoClass LAGGING = PseudoClass.getPseudoClass("lagging");

    private final LaggingViewModel model;
    private final Messages messages;
    private final VBox root;

    LaggingView(LaggingViewModel model, Messages messages, SaveDialog saveDialog, Runnable changePolicy) {
        this.model = model;
        this.messages = messages;
        Label headline = new Label();
        headline.setId("lagging-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.getStyleClass().add("section-title");
        headline.textProperty().bind(model.headline());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busy());

        CheckBox rolledUp = new CheckBox(messages.get("lagging.rolledUp"));
        rolledUp.setId("lagging-rolled-up");
        rolledUp.setTooltip(new Tooltip(messages.get("lagging.rolledUp.tip")));
        rolledUp.selectedProperty().bindBidirectional(model.rolledUp());
        CheckBox onlyLagging = new CheckBox(messages.get("lagging.onlyLagging"));
        onlyLagging.setId("lagging-only");
        onlyLagging.selectedProperty().bindBidirectional(model.onlyLagging());
        Button xlsx = new Button(messages.get("lagging.export.xlsx"));
        xlsx.setId("lagging-export-xlsx");
        xlsx.setOnAction(e -> saveDialog.ask(messages.get("lagging.export.xlsx"), messages.get("lagging.file") + ".xlsx", "xlsx")
                .ifPresent(model::exportXlsx));
        Button png = new Button(messages.get("lagging.export.png"));
        png.setId("lagging-export-png");
        png.setOnAction(e -> saveDialog.ask(messages.get("lagging.export.png"), messages.get("lagging.file") + ".png", "png")
                .ifPresent(model::exportPng));

        TableView<LaggingViewModel.Row> table = table();
        Button tasks = new Button(messages.get("lagging.openTasks"));
        tasks.setId("lagging-open-tasks");
        tasks.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        tasks.setOnAction(e -> model.openTasks(table.getSelectionModel().getSelectedItem()));
        Button indicators = new Button(messages.get("lagging.openIndicators"));
        indicators.setId("lagging-open-indicators");
        indicators.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        indicators.setOnAction(e -> model.openIndicators(table.getSelectionModel().getSelectedItem()));
        // One line of choices and actions above the list (more on a narrow window), so that the list has the height:
        // what to show, what to open for the chosen unit, what to take to the meeting.
        FlowPane bar = new FlowPane(14, 8, group(rolledUp, onlyLagging, busy), group(tasks, indicators));
        bar.setAlignment(Pos.CENTER_LEFT);
        // Under the list, beside the criteria: what goes to the meeting.
        TitledPane criteria = criteria(changePolicy);
        HBox.setHgrow(criteria, Priority.ALWAYS);
        HBox exports = group(xlsx, png);
        exports.setMinWidth(Region.USE_PREF_SIZE);
        HBox below = new HBox(14, criteria, exports);
        below.setAlignment(Pos.TOP_LEFT);

        Label feedback = new Label();
        feedback.setId("lagging-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE);
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, headline, bar, feedback, table, below);
        root.getStyleClass().add("tab-content");
    }

    private static HBox group(Node... nodes) {
        HBox group = new HBox(10, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    /**
     * Under the list, folded: when a unit counts as behind and how the places are worked out, how to read the change
     * of place, and the way to change the criteria. Each sentence whole, wrapped to the width.
     */
    private TitledPane criteria(Runnable changePolicy) {
        Label policy = new Label();
        policy.setId("lagging-policy");
        policy.setWrapText(true);
        policy.setMinHeight(Region.USE_PREF_SIZE);
        policy.textProperty().bind(model.policyText());
        Label legend = new Label();
        legend.setId("lagging-legend");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        legend.textProperty().bind(model.changeLegend());
        Button change = new Button(messages.get("lagging.policy.change"));
        change.setId("lagging-policy-change");
        change.setOnAction(e -> changePolicy.run());
        VBox content = new VBox(8, policy, legend, change);
        TitledPane pane = new TitledPane(messages.get("lagging.criteria"), content);
        pane.setId("lagging-criteria");
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    private TableView<LaggingViewModel.Row> table() {
        TableView<LaggingViewModel.Row> table = new TableView<>(model.rows());
        table.setId("lagging-table");
        // The figures share the width (each down to what its figure needs); the reasons span the row under them.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("lagging.empty")));
        table.getColumns().add(column("rank", LaggingViewModel.Row::rank, 58, 58));
        TableColumn<LaggingViewModel.Row, String> change = column("change", LaggingViewModel.Row::change, 152, 96);
        change.setCellFactory(c -> new WrappingCell<>(change, this::changeStyle));
        table.getColumns().add(change);
        TableColumn<LaggingViewModel.Row, String> unit = column("unit", LaggingViewModel.Row::unit, 236, 140);
        unit.setCellFactory(c -> new WrappingCell<>(unit, text -> "lagging-unit"));
        table.getColumns().add(unit);
        TableColumn<LaggingViewModel.Row, String> tasks = column("tasks", LaggingViewModel.Row::tasks, 136, 80);
        tasks.setCellFactory(c -> new WrappingCell<>(tasks));
        table.getColumns().add(tasks);
        table.getColumns().add(column("dueTasks", LaggingViewModel.Row::due, 80, 64));
        table.getColumns().add(column("overdue", r -> String.valueOf(r.overdue()), 60, 56));
        table.getColumns().add(column("late", r -> String.valueOf(r.late()), 60, 56));
        table.getColumns().add(column("stale", r -> String.valueOf(r.stale()), 80, 70));
        table.getColumns().add(column("score", LaggingViewModel.Row::score, 60, 60));
        TableColumn<LaggingViewModel.Row, String> verdict = column("verdict", LaggingViewModel.Row::verdict, 132, 92);
        String laggingVerdict = messages.get("lagging.verdict.LAGGING");
        verdict.setCellFactory(c -> new WrappingCell<>(verdict,
                text -> text.equals(laggingVerdict) ? "verdict-lagging" : null));
        table.getColumns().add(verdict);
        table.setRowFactory(t -> {
            TableRow<LaggingViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(LaggingViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(LAGGING, !empty && item != null && item.lagging());
                }

                @Override
                protected Skin<?> createDefaultSkin() {
                    return new ReasonsRowSkin(this, unit);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    model.openTasks(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    /** Further behind than on the comparison day in red, caught up in green: the words say which. */
    private String changeStyle(String text) {
        return model.rows().stream().filter(r -> r.change().equals(text)).findFirst()
                .map(r -> r.moved() > 0 ? "rank-worse" : r.moved() < 0 ? "rank-better" : null).orElse(null);
    }

    private TableColumn<LaggingViewModel.Row, String> column(String key, Function<LaggingViewModel.Row, String> value,
                                                           double width, double least) {
        TableColumn<LaggingViewModel.Row, String> column = Columns.text(messages.get("lagging.column." + key), value,
                width);
        // Each column gives way down to what its figures need, its heading wrapping on to more lines.
        column.setMinWidth(least);
        return column;
    }

    Node node() {
        return root;
    }
}
