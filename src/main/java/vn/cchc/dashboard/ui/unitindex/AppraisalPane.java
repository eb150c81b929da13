package vn.cchc.dashboard.ui.unitindex;

import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.FormFields;
import vn.cchc.dashboard.ui.controls.SpreadsheetChooser;

/**
 * Thẩm định: the unit chosen at the top, then its lines, its own score and evidence beside the
 * council's score, comment and the unit's explanation; under them the chosen line's appraisal and explanation, and
 * the unit's history of changes, newest first. Read-only once the results are locked or for a role that does not
 * manage the plan.
 */
final class AppraisalPane extends VBox {

    private static final PseudoClass AREA = PseudoClass.getPseudoClass("area");
    private static final PseudoClass EXEMPT = PseudoClass.getPseudoClass("exempt");
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    private final AppraisalViewModel model;
    private final Messages messages;

    AppraisalPane(AppraisalViewModel model, Messages messages, boolean mayEdit) {
        this.model = model;
        this.messages = messages;
        setId("unit-index-appraisal");
        setSpacing(8);
        setStyle("-fx-padding: 10 0 0 0;");

        ComboBox<Unit> units = new ComboBox<>(model.units());
        units.setId("unit-index-units");
        units.setPrefWidth(360);
        units.setMinWidth(Region.USE_PREF_SIZE);
        units.setVisibleRowCount(16);
        units.setConverter(Converters.showing(u -> u == null ? "" : u.name()));
        units.valueProperty().bindBidirectional(model.unit());
        Label unitLabel = new Label(messages.get("unitIndex.appraisal.unit"));
        unitLabel.setMinWidth(Region.USE_PREF_SIZE);

        Label summary = new Label();
        summary.setId("unit-index-unit-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        CheckBox differences = new CheckBox(messages.get("unitIndex.appraisal.onlyDifferences"));
        differences.setId("unit-index-only-differences");
        differences.setMinWidth(Region.USE_PREF_SIZE);
        differences.selectedProperty().bindBidirectional(model.onlyDifferences());
        Button survey = new Button(messages.get("unitIndex.appraisal.survey"));
        survey.setId("unit-index-import-survey");
        survey.setMinWidth(Region.USE_PREF_SIZE);
        survey.disableProperty().bind(model.editable().not().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !mayEdit)));
        survey.setOnAction(e -> SpreadsheetChooser.open(this, messages.get("unitIndex.appraisal.survey.title"))
                .ifPresent(model::importSurvey));
        VBox checks = new VBox(6, differences, survey);
        HBox top = new HBox(12, unitLabel, units, summary, checks);
        top.setAlignment(Pos.CENTER_LEFT);
        summary.textProperty().bind(model.summary());
        Label feedback = new Label();
        feedback.setId("unit-index-appraisal-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());

        TableView<AppraisalViewModel.LineRow> lines = lines();
        VBox.setVgrow(lines, Priority.ALWAYS);
        GridPane editor = editor(mayEdit);
        // The history is there when asked for: the lines need the height.
        ListView<String> history = new ListView<>(model.history());
        history.setId("unit-index-history");
        history.setPrefHeight(150);
        TitledPane historyPane = new TitledPane(messages.get("unitIndex.appraisal.history"), history);
        historyPane.setId("unit-index-history-pane");
        historyPane.setExpanded(false);
        historyPane.setMinHeight(Region.USE_PREF_SIZE); // opened, it takes its height from the lines, not the reverse
        lines.setMinHeight(140);

        getChildren().addAll(top, feedback, lines, editor, historyPane);
    }

    private TableView<AppraisalViewModel.LineRow> lines() {
        TableView<AppraisalViewModel.LineRow> table = new TableView<>(model.lines());
        table.setId("unit-index-lines");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("unitIndex.appraisal.empty")));
        TableColumn<AppraisalViewModel.LineRow, String> code = Columns.text(column("code"), r -> r.code(), 72);
        code.setMinWidth(64);
        table.getColumns().add(code);
        table.getColumns().add(Columns.wrapping(column("title"), r -> "  ".repeat(Math.max(0, r.level() - 1))
                + r.title(), 300));
        table.getColumns().add(number("max", AppraisalViewModel.LineRow::max, 64));
        table.getColumns().add(number("self", AppraisalViewModel.LineRow::self, 86));
        table.getColumns().add(Columns.wrapping(column("evidence"), AppraisalViewModel.LineRow::evidence, 190));
        table.getColumns().add(number("appraised", AppraisalViewModel.LineRow::appraised, 100));
        table.getColumns().add(Columns.wrapping(column("comment"), AppraisalViewModel.LineRow::comment, 170));
        table.getColumns().add(Columns.wrapping(column("reply"), AppraisalViewModel.LineRow::reply, 170));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AppraisalViewModel.LineRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(AREA, !empty && row != null && row.level() == 1);
                pseudoClassStateChanged(EXEMPT, !empty && row != null && row.exempt());
                pseudoClassStateChanged(DIFFERS, !empty && row != null && row.differs());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.line().set(now));
        model.line().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private String column(String key) {
        return messages.get("unitIndex.appraisal.column." + key);
    }

    private TableColumn<AppraisalViewModel.LineRow, String> number(String key,
            Function<AppraisalViewModel.LineRow, String> value, double width) {
        TableColumn<AppraisalViewModel.LineRow, String> column = Columns.text(column(key), value, width);
        column.setStyle("-fx-alignment: center-right;");
        column.setMinWidth(width);
        return column;
    }

    /** The chosen line's appraisal and the unit's explanation; enabled for a scored line of open results. */
    private GridPane editor(boolean mayEdit) {
        TextField score = new TextField();
        score.setId("unit-index-appraised");
        score.setPrefColumnCount(5);
        score.textProperty().bindBidirectional(model.appraisedInput());
        TextField comment = new TextField();
        comment.setId("unit-index-comment");
        comment.setPromptText(messages.get("unitIndex.appraisal.commentPrompt"));
        comment.textProperty().bindBidirectional(model.commentInput());
        Button appraise = new Button(messages.get("unitIndex.appraisal.save"));
        appraise.setId("unit-index-appraise");
        appraise.getStyleClass().add("accent");
        appraise.setOnAction(e -> model.appraise());
        TextField reply = new TextField();
        reply.setId("unit-index-reply");
        reply.setPromptText(messages.get("unitIndex.appraisal.replyPrompt"));
        reply.textProperty().bindBidirectional(model.replyInput());
        Button saveReply = new Button(messages.get("unitIndex.appraisal.saveReply"));
        saveReply.setId("unit-index-save-reply");
        saveReply.setOnAction(e -> model.reply());

        HBox scoreRow = new HBox(8, score, comment, appraise);
        scoreRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(comment, Priority.ALWAYS);
        HBox replyRow = new HBox(8, reply, saveReply);
        replyRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(reply, Priority.ALWAYS);
        GridPane grid = FormFields.grid();
        grid.addRow(0, FormFields.label(messages.get("unitIndex.appraisal.appraised")), scoreRow);
        grid.addRow(1, FormFields.label(messages.get("unitIndex.appraisal.reply")), replyRow);
        GridPane.setHgrow(scoreRow, Priority.ALWAYS);
        GridPane.setHgrow(replyRow, Priority.ALWAYS);
        var noLine = model.line().isNull().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.line().get() != null && !model.line().get().scored(), model.line()));
        grid.disableProperty().bind(noLine.or(model.editable().not()).or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !mayEdit)));
        return grid;
    }
}
