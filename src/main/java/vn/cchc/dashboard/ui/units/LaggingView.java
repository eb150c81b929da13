package vn.cchc.dashboard.ui.units;

import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, rolledUp, onlyLagging, busy, spacer, xlsx, png);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label policy = new Label();
        policy.setId("lagging-policy");
        policy.setWrapText(true);
        policy.getStyleClass().add("muted");
        policy.textProperty().bind(model.policyText());
        Button change = new Button(messages.get("lagging.policy.change"));
        change.setId("lagging-policy-change");
        change.setOnAction(e -> changePolicy.run());
        change.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(policy, Priority.ALWAYS);
        HBox policyBox = new HBox(12, policy, change);
        policyBox.setAlignment(Pos.CENTER_LEFT);

        TableView<LaggingViewModel.Row> table = table();
        Button tasks = new Button(messages.get("lagging.openTasks"));
        tasks.setId("lagging-open-tasks");
        tasks.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        tasks.setOnAction(e -> model.openTasks(table.getSelectionModel().getSelectedItem()));
        Button indicators = new Button(messages.get("lagging.openIndicators"));
        indicators.setId("lagging-open-indicators");
        indicators.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        indicators.setOnAction(e -> model.openIndicators(table.getSelectionModel().getSelectedItem()));
        Label feedback = new Label();
        feedback.setId("lagging-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        HBox actions = new HBox(10, tasks, indicators);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(12, headline, bar, policyBox, feedback, table, actions);
        root.getStyleClass().add("tab-content");
    }

    private TableView<LaggingViewModel.Row> table() {
        TableView<LaggingViewModel.Row> table = new TableView<>(model.rows());
        table.setId("lagging-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("lagging.empty")));
        table.getColumns().add(column("rank", LaggingViewModel.Row::rank, 58));
        TableColumn<LaggingViewModel.Row, String> change = column("change", LaggingViewModel.Row::change, 64);
        change.setCellFactory(c -> new StyledCell(item -> item.startsWith("▲") ? "rank-up" : item.startsWith("▼") ? "rank-down" : null));
        table.getColumns().add(change);
        table.getColumns().add(column("unit", LaggingViewModel.Row::unit, 180));
        table.getColumns().add(column("tasks", LaggingViewModel.Row::tasks, 126));
        table.getColumns().add(column("dueTasks", LaggingViewModel.Row::due, 90));
        table.getColumns().add(column("overdue", r -> String.valueOf(r.overdue()), 60));
        table.getColumns().add(column("late", r -> String.valueOf(r.late()), 60));
        table.getColumns().add(column("stale", r -> String.valueOf(r.stale()), 96));
        table.getColumns().add(column("score", LaggingViewModel.Row::score, 60));
        TableColumn<LaggingViewModel.Row, String> verdict = column("verdict", LaggingViewModel.Row::verdict, 132);
        String laggingVerdict = messages.get("lagging.verdict.LAGGING");
        verdict.setCellFactory(c -> new StyledCell(item -> item.equals(laggingVerdict) ? "verdict-lagging" : null));
        table.getColumns().add(verdict);
        TableColumn<LaggingViewModel.Row, String> reasons = column("reasons", LaggingViewModel.Row::reasons, 260);
        reasons.setCellFactory(c -> new WrappingCell<>(reasons));
        table.getColumns().add(reasons);
        table.setRowFactory(t -> {
            TableRow<LaggingViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(LaggingViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(LAGGING,
                            !empty && item != null && item.lagging());
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

    private TableColumn<LaggingViewModel.Row, String> column(String key, Function<LaggingViewModel.Row, String> value,
                                                           double width) {
        TableColumn<LaggingViewModel.Row, String> column = Columns.text(messages.get("lagging.column." + key), value, width);
        // The figures keep their width; the reasons (last column) take what is left and wrap.
        column.setMinWidth(width);
        return column;
    }

    /** A cell whose text takes a style from its content: ▲ red (further behind than before), ▼ green, the verdict red. */
    private static final class StyledCell extends TableCell<LaggingViewModel.Row, String> {
        private final Function<String, String> styleOf;
        private String applied;

        StyledCell(Function<String, String> styleOf) {
            this.styleOf = styleOf;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            if (applied != null) {
                getStyleClass().remove(applied);
            }
            applied = empty || item == null ? null : styleOf.apply(item);
            if (applied != null) {
                getStyleClass().add(applied);
            }
        }
    }

    Node node() {
        return root;
    }
}
