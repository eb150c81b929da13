package vn.cchc.dashboard.ui.reports;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.ReportFormat;
import vn.cchc.dashboard.report.ReportPart;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.WrappingListCell;
import vn.cchc.dashboard.ui.controls.DateField;
import vn.cchc.dashboard.ui.controls.ProgressStrip;

/**
 * Báo cáo: the choices on the left (plan, period with its deadline, parts, language, format), the report's text
 * on the right as a preview, and the button that writes the file and the one that opens it.
 */
public final class ReportsView implements ScreenView {

    private final ReportsViewModel model;
    private final Messages messages;
    private final HBox root;

    public ReportsView(ReportsViewModel model, Messages messages, SaveDialog saveDialog) {
        this.model = model;
        this.messages = messages;
        Label title = new Label(messages.get("nav.reports"));
        title.getStyleClass().add("screen-title");
        VBox form = new VBox(10, title, choices(), parts(), output(saveDialog),
                new ReportSettingsPane(model.settings(), messages).node());
        form.setPrefWidth(420);
        form.setMinWidth(380);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.setMinWidth(400);

        Label previewTitle = new Label(messages.get("reports.preview"));
        previewTitle.getStyleClass().add("section-title");
        TextArea preview = new TextArea();
        preview.setId("reports-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(model.preview());
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox previewBox = new VBox(8, previewTitle, preview);
        HBox.setHgrow(previewBox, Priority.ALWAYS);
        root = new HBox(16, formScroll, previewBox);
        root.getStyleClass().addAll("screen", "screen-content");
        root.setPadding(new Insets(16));
    }

    private VBox choices() {
        ComboBox<Plan> plan = new ComboBox<>(model.plans());
        plan.setId("reports-plan");
        plan.setConverter(Converters.showing(p -> p == null ? "" : p.title()));
        plan.valueProperty().bindBidirectional(model.plan());
        plan.setMaxWidth(Double.MAX_VALUE);
        // The plan's whole title, on two lines in the form's width: "… tỉnh Minh Giang (Dữ liệu mẫu)" is read.
        plan.setButtonCell(new WrappingListCell<>(Plan::title, plan.widthProperty().subtract(48)));
        plan.setCellFactory(list -> new WrappingListCell<>(Plan::title, list.widthProperty().subtract(36)));
        ComboBox<ReportsViewModel.PeriodChoice> period = new ComboBox<>(model.periods());
        period.setId("reports-period");
        period.valueProperty().bindBidirectional(model.period());
        DateField day = new DateField(text -> { });
        day.setId("reports-day");
        day.valueProperty().bindBidirectional(model.customDay());
        day.visibleProperty().bind(model.period().map(c -> c.period() == null).orElse(false));
        day.managedProperty().bind(day.visibleProperty());
        Label deadline = new Label();
        deadline.setId("reports-deadline");
        deadline.setWrapText(true);
        deadline.getStyleClass().add("muted");
        deadline.textProperty().bind(model.deadline());
        return new VBox(6, new Label(messages.get("reports.plan")), plan, new Label(messages.get("reports.period")),
                new HBox(8, period, day), deadline);
    }

    private VBox parts() {
        VBox box = new VBox(4, new Label(messages.get("reports.parts")));
        for (ReportPart part : ReportPart.values()) {
            CheckBox check = new CheckBox(messages.get("reports.part." + part.name()));
            check.setId("reports-part-" + part.name());
            check.selectedProperty().bindBidirectional(model.part(part));
            box.getChildren().add(check);
        }
        return box;
    }

    private VBox output(SaveDialog saveDialog) {
        ToggleGroup formats = new ToggleGroup();
        HBox formatRow = new HBox(12);
        for (ReportFormat format : ReportFormat.values()) {
            RadioButton radio = new RadioButton(messages.get("reports.format." + format.name()));
            radio.setId("reports-format-" + format.extension());
            radio.setToggleGroup(formats);
            radio.setUserData(format);
            radio.setSelected(model.format().get() == format);
            formatRow.getChildren().add(radio);
        }
        formats.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.format().set((ReportFormat) now.getUserData());
            }
        });
        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(Language.values());
        language.setConverter(Converters.showing(l -> l == null ? "" : messages.get("language." + l.code())));
        language.valueProperty().bindBidirectional(model.language());
        Button generate = new Button(messages.get("reports.generate"));
        generate.setId("reports-generate");
        generate.getStyleClass().add("accent");
        generate.disableProperty().bind(model.busy());
        generate.setOnAction(e -> saveDialog.ask(messages.get("reports.generate"), model.suggestedFileName(),
                model.format().get().extension()).ifPresent(model::generate));
        Button open = new Button(messages.get("reports.open"));
        open.setId("reports-open");
        open.disableProperty().bind(model.written().isNull());
        open.setOnAction(e -> model.openWritten());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("reports-busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busy());
        Label feedback = new Label();
        feedback.setId("reports-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedback());
        return new VBox(6, new Label(messages.get("reports.format")), formatRow,
                new HBox(8, new Label(messages.get("reports.language")), language),
                new HBox(8, generate, open, busy), new ProgressStrip(messages).follow(model.running()), feedback);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
