package vn.cchc.dashboard.ui.indicators;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.cchc.dashboard.ui.controls.WindowFit;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.FormFields;

/** Chỉ số → Thư viện chỉ số: the list of indicators beside the selected one's definition, target and history. */
public final class LibraryDialog {

    private LibraryDialog() {
    }

    /** Opens the library over {@code owner}; {@code model} is loaded as it opens. */
    public static void show(Window owner, LibraryViewModel model, Messages messages) {
        ListView<Indicator> list = new ListView<>(model.indicators());
        list.setId("library-list");
        list.setCellFactory(v -> new IndicatorCell(messages));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selected().get()) {
                model.selected().set(now);
            }
        });
        model.selected().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() == null
                    || !list.getSelectionModel().getSelectedItem().code().equals(now.code())) {
                list.getItems().stream().filter(i -> i.code().equals(now.code())).findFirst()
                        .ifPresent(i -> list.getSelectionModel().select(i));
            }
        });
        Button add = new Button(messages.get("library.new"));
        add.setId("library-new");
        add.setOnAction(e -> model.startNew());
        VBox left = new VBox(8, add, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        left.setMinWidth(280);

        VBox right = new VBox(16, definition(model, messages), target(model, messages), actions(model, messages),
                history(model, messages));
        right.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.32);

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("library.title"));
        Scene scene = new Scene(split, WindowFit.width(owner, 1120), WindowFit.height(owner, 720));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        model.load();
        stage.show();
    }

    private static Node definition(LibraryViewModel model, Messages messages) {
        GridPane grid = FormFields.grid();
        TextField name = field(model.name(), "library-name");
        ComboBox<ReformArea> area = new ComboBox<>(model.areas());
        area.setId("library-area");
        area.setConverter(Converters.showing(a -> a == null ? "" : a.code() + " – " + a.name()));
        area.valueProperty().bindBidirectional(model.area());
        area.setMaxWidth(Double.MAX_VALUE);
        ChoiceBox<IndicatorType> type = new ChoiceBox<>();
        type.setId("library-type");
        type.getItems().setAll(IndicatorType.values());
        type.setConverter(Converters.showing(t -> t == null ? "" : messages.get("indicators.kind." + t.name())));
        type.valueProperty().bindBidirectional(model.type());
        TextField numerator = field(model.numerator(), "library-numerator");
        TextField denominator = field(model.denominator(), "library-denominator");
        numerator.disableProperty().bind(model.type().isNotEqualTo(IndicatorType.PERCENT));
        denominator.disableProperty().bind(numerator.disableProperty());
        ChoiceBox<Boolean> direction = new ChoiceBox<>();
        direction.setId("library-direction");
        direction.getItems().setAll(true, false);
        direction.setConverter(Converters.showing(b -> b == null ? "" : messages.get(b ? "library.direction.higher"
                : "library.direction.lower")));
        direction.valueProperty().bindBidirectional(model.higherIsBetter());
        TextField unit = field(model.measureUnit(), "library-unit");
        TextField source = field(model.source(), "library-source");
        TextField max = field(model.maxValue(), "library-max");
        max.disableProperty().bind(model.type().isNotEqualTo(IndicatorType.SCORE));
        var p = model.problems();
        int row = 0;
        grid.addRow(row++, FormFields.label(messages.get("library.field.name")), FormFields.withProblem(name, "name", p));
        grid.addRow(row++, FormFields.label(messages.get("library.field.area")), FormFields.withProblem(area, "area", p));
        grid.addRow(row++, FormFields.label(messages.get("library.field.type")), FormFields.withProblem(type, "type", p));
        grid.addRow(row++, FormFields.label(messages.get("library.field.numerator")),
                FormFields.withProblem(numerator, "numerator", p));
        grid.addRow(row++, FormFields.label(messages.get("library.field.denominator")),
                FormFields.withProblem(denominator, "denominator", p));
        grid.addRow(row++, FormFields.label(messages.get("library.field.direction")), direction);
        grid.addRow(row++, FormFields.label(messages.get("library.field.measureUnit")), unit);
        grid.addRow(row++, FormFields.label(messages.get("library.field.source")), source);
        grid.addRow(row, FormFields.label(messages.get("library.field.maxValue")),
                FormFields.withProblem(max, "maxValue", p));
        return section(messages.get("library.definition"), grid);
    }

    private static Node target(LibraryViewModel model, Messages messages) {
        GridPane grid = FormFields.grid();
        Spinner<Integer> year = new Spinner<>(2000, 2100, model.year().get());
        year.setId("library-year");
        year.setEditable(true);
        year.valueProperty().addListener((obs, old, now) -> model.year().set(now));
        var p = model.problems();
        grid.addRow(0, FormFields.label(messages.get("library.field.year")), year);
        grid.addRow(1, FormFields.label(messages.get("library.field.value")),
                FormFields.withProblem(field(model.target(), "library-target"), "target", p));
        grid.addRow(2, FormFields.label(messages.get("library.field.document")),
                FormFields.withProblem(field(model.document(), "library-document"), "document", p));
        TextField baseline = field(model.baseline(), "library-baseline");
        TextField baselineYear = field(model.baselineYear(), "library-baseline-year");
        baselineYear.setPrefColumnCount(6);
        Label baselineYearLabel = new Label(messages.get("library.field.baselineYear"));
        baselineYearLabel.setMinWidth(Region.USE_PREF_SIZE); // the baseline's field gives way, not its year's name
        Node baselineField = FormFields.withProblem(baseline, "baseline", p);
        HBox.setHgrow(baselineField, Priority.ALWAYS);
        HBox base = new HBox(8, baselineField, baselineYearLabel, FormFields.withProblem(baselineYear, "baselineYear", p));
        base.setAlignment(Pos.TOP_LEFT);
        grid.addRow(3, FormFields.label(messages.get("library.field.baseline")), base);
        List<String> kinds = List.of("Q1", "H1", "M9");
        for (int i = 0; i < kinds.size(); i++) {
            grid.addRow(4 + i, FormFields.label(messages.get("library.milestone." + kinds.get(i))), FormFields.withProblem(
                    field(model.milestones().get(i), "library-milestone-" + i), "milestone" + i, p));
        }
        return section(messages.get("library.targetTitle"), grid);
    }

    private static Node actions(LibraryViewModel model, Messages messages) {
        Button save = new Button(messages.get("library.save"));
        save.setId("library-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button retire = new Button();
        retire.setId("library-retire");
        retire.textProperty().bind(Bindings.createStringBinding(() -> messages.get(model.selected().get() != null
                && model.selected().get().retired() ? "library.reinstate" : "library.retire"), model.selected()));
        retire.disableProperty().bind(model.selected().isNull());
        retire.setOnAction(e -> model.toggleRetired());
        Label feedback = new Label();
        feedback.setId("library-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedback());
        HBox box = new HBox(10, save, retire, feedback);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node history(LibraryViewModel model, Messages messages) {
        ListView<String> lines = new ListView<>(model.history());
        lines.setId("library-history");
        lines.setPrefHeight(200);
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0); // wrap at the list's width instead of scrolling sideways
            }
        });
        lines.setPlaceholder(new Label(messages.get("library.history.none")));
        return section(messages.get("library.historyTitle"), lines);
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        return new VBox(8, heading, content);
    }

    private static TextField field(javafx.beans.property.StringProperty value, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** The indicator's name with its code, and a mark when retired. */
    private static final class IndicatorCell extends ListCell<Indicator> {
        private final Messages messages;
        // A Text with the list's width to wrap in: the cell grows for a long name instead of cutting it.
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        IndicatorCell(Messages messages) {
            this.messages = messages;
            text.getStyleClass().add("wrapped-cell-text");
            listViewProperty().addListener((obs, old, list) -> {
                text.wrappingWidthProperty().unbind();
                if (list != null) {
                    text.wrappingWidthProperty().bind(list.widthProperty().subtract(36));
                }
            });
        }

        @Override
        protected void updateItem(Indicator item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            text.setText(item.name() + "\n" + item.code() + (item.retired() ? " " + messages.get("library.retiredMark") : ""));
            text.getStyleClass().removeAll("retired");
            if (item.retired()) {
                text.getStyleClass().add("retired");
            }
            setGraphic(text);
        }
    }
}
