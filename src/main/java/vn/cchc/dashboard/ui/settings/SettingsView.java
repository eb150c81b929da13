package vn.cchc.dashboard.ui.settings;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.FormFields;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.ProgressStrip;

/** Cài đặt screen. */
public final class SettingsView implements ScreenView {

    private final VBox root;

    public SettingsView(SettingsViewModel model, Messages messages, Path dataFolder) {
        this(model, messages, dataFolder, null, null);
    }

    /** @param encryption the "Mã hoá dữ liệu" section's state, or null to leave it out */
    /**
     * @param accounts Cài đặt → Người dùng, for the shared server's administrator; null for everyone else
     */
    public SettingsView(SettingsViewModel model, Messages messages, Path dataFolder, EncryptionSection.State encryption,
                        Node accounts) {
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("screen-title");

        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(Language.values());
        language.setConverter(Converters.showing(l -> messages.get("language." + l.code())));
        language.valueProperty().bindBidirectional(model.language());

        TextField userName = new TextField();
        userName.setPrefColumnCount(24);
        userName.textProperty().bindBidirectional(model.userName());
        Label userHint = FormFields.hint(messages.get("settings.userName.hint"));

        TextField userUnit = new TextField();
        userUnit.setId("settings-user-unit");
        userUnit.setPrefColumnCount(24);
        userUnit.textProperty().bindBidirectional(model.userUnit());

        Spinner<Integer> staleDays = new Spinner<>(1, 366, model.staleDays().get());
        staleDays.setId("settings-stale-days");
        staleDays.setEditable(true);
        staleDays.setPrefWidth(110);
        staleDays.valueProperty().addListener((obs, old, now) -> model.staleDays().set(now));
        Label staleHint = FormFields.hint(messages.get("settings.staleDays.hint"));

        Label folder = FormFields.hint(dataFolder.toString());

        TextField server = new TextField();
        server.setId("settings-shared-server");
        server.setPrefColumnCount(36);
        server.setPromptText(messages.get("settings.server.prompt"));
        server.textProperty().bindBidirectional(model.sharedServer());
        Button connect = new Button(messages.get("settings.server.connect"));
        connect.setId("settings-connect");
        connect.setOnAction(e -> model.connect());
        connect.setMinWidth(Region.USE_PREF_SIZE);
        server.setMinWidth(160);
        HBox.setHgrow(server, Priority.ALWAYS);
        Label serverHint = new Label(messages.get("settings.server.hint"));
        serverHint.getStyleClass().add("muted");
        serverHint.setWrapText(true);
        serverHint.setPrefWidth(560); // wraps, instead of widening the form until its labels are cut off
        serverHint.setMinWidth(0);
        serverHint.setMinHeight(Region.USE_PREF_SIZE);
        // The technical terms (the JDBC address, the password variable, migrate-to) are there for whoever sets it up.
        serverHint.setTooltip(new Tooltip(messages.get("settings.server.technical")));

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(12);
        form.addRow(0, FormFields.label(messages.get("settings.language")), language);
        form.addRow(1, FormFields.label(messages.get("settings.userName")), new VBox(4, userName, userHint));
        form.addRow(2, FormFields.label(messages.get("settings.userUnit")), userUnit);
        form.addRow(3, FormFields.label(messages.get("settings.staleDays")), new VBox(4, staleDays, staleHint));

        // Where the data lives is for the technical staff: folded under "Nâng cao", open when a server is in use.
        GridPane advancedForm = new GridPane();
        advancedForm.setHgap(16);
        advancedForm.setVgap(12);
        advancedForm.addRow(0, FormFields.label(messages.get("settings.dataFolder")), folder);
        advancedForm.addRow(1, FormFields.label(messages.get("settings.server")), new VBox(4, new HBox(8, server, connect),
                serverHint));
        TitledPane advanced = new TitledPane(messages.get("settings.advanced"), advancedForm);
        advanced.setId("settings-advanced");
        advanced.setExpanded(model.sharedServer().get() != null && !model.sharedServer().get().isBlank());

        Button save = new Button(messages.get("settings.save"));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        save.setMinWidth(Region.USE_PREF_SIZE); // a long message beside it never squeezes the button to "…"
        Label feedback = new Label();
        feedback.textProperty().bind(model.feedback());

        VBox card = new VBox(16, form, policyForm(model, messages), backupSection(model, messages));
        if (encryption != null) {
            card.getChildren().add(EncryptionSection.of(encryption, messages));
        }
        card.getChildren().add(advanced); // last: the office's own settings come first
        if (accounts != null) {
            // The administrator's own work comes first.
            card.getChildren().add(0, accounts);
        }
        card.getStyleClass().add("card");
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // Save and its outcome stay in view below the scrolling settings.
        feedback.setWrapText(true);
        HBox footer = new HBox(14, save, feedback);
        footer.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(18, title, scroll, footer);
        root.getStyleClass().addAll("screen", "screen-content");
    }

    /** The lagging criteria: thresholds on the left, weights on the right, and the defaults a click away. */
    private static Node policyForm(SettingsViewModel model, Messages messages) {
        PolicyFields p = model.policy();
        Label heading = new Label(messages.get("settings.policy"));
        heading.getStyleClass().add("section-title");
        Label hint = FormFields.label(messages.get("settings.policy.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.addRow(0, FormFields.label(messages.get("settings.policy.overdueThreshold")),
                whole(p.overdueThreshold, 1, 50, "policy-overdue-threshold"),
                FormFields.label(messages.get("settings.policy.overdueWeight")), decimal(p.overdueWeight, 0, 20, 0.5, "policy-overdue-weight"));
        grid.addRow(1, FormFields.label(messages.get("settings.policy.rateGapThreshold")),
                decimal(p.rateGapThreshold, 1, 100, 1, "policy-rate-threshold"),
                FormFields.label(messages.get("settings.policy.rateGapWeight")), decimal(p.rateGapWeight, 0, 20, 0.5, "policy-rate-weight"));
        grid.addRow(2, FormFields.label(messages.get("settings.policy.staleThreshold")),
                whole(p.staleThreshold, 1, 50, "policy-stale-threshold"),
                FormFields.label(messages.get("settings.policy.staleWeight")), decimal(p.staleWeight, 0, 20, 0.5, "policy-stale-weight"));
        grid.addRow(3, FormFields.label(messages.get("settings.policy.indicatorGapThreshold")),
                decimal(p.indicatorGapThreshold, 1, 100, 1, "policy-indicator-threshold"),
                FormFields.label(messages.get("settings.policy.indicatorWeight")),
                decimal(p.indicatorWeight, 0, 20, 0.5, "policy-indicator-weight"));
        grid.add(FormFields.label(messages.get("settings.policy.lateWeight")), 2, 4);
        grid.add(decimal(p.lateWeight, 0, 20, 0.5, "policy-late-weight"), 3, 4);
        Button defaults = new Button(messages.get("settings.policy.defaults"));
        defaults.setId("policy-defaults");
        defaults.setOnAction(e -> model.resetPolicy());
        return new VBox(10, heading, hint, grid, defaults);
    }

    /** Backups: make one now, see the recent ones, restore one (the window asks first), and how many to keep. */
    private static Node backupSection(SettingsViewModel model, Messages messages) {
        Label heading = new Label(messages.get("backup.section"));
        heading.getStyleClass().add("section-title");
        Label hint = FormFields.hint(messages.get("backup.hint"));
        TableView<SettingsViewModel.BackupRow> list = new TableView<>(model.backups());
        list.setId("backup-list");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(messages.get("backup.none")));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        list.getColumns().add(column(messages.get("backup.column.made"), SettingsViewModel.BackupRow::made, 150));
        list.getColumns().add(column(messages.get("backup.column.kind"), SettingsViewModel.BackupRow::kind, 200));
        list.getColumns().add(column(messages.get("backup.column.size"), SettingsViewModel.BackupRow::size, 90));
        list.getColumns().add(column(messages.get("backup.column.file"), r -> r.file().getFileName().toString(), 300));
        Button now = new Button(messages.get("backup.now"));
        now.setId("backup-now");
        now.setOnAction(e -> model.backupNow());
        now.disableProperty().bind(model.running().isNotNull());
        Button restore = new Button(messages.get("backup.restore"));
        restore.setId("backup-restore");
        restore.getStyleClass().add("danger");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> model.restore(list.getSelectionModel().getSelectedItem()));
        Spinner<Integer> kept = whole(model.backupsKept(), 1, 365, "backup-kept");
        Label keptLabel = new Label(messages.get("backup.kept"));
        keptLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane actions = new FlowPane(10, 8, now, restore, new HBox(10, keptLabel, kept));
        actions.setAlignment(Pos.CENTER_LEFT);
        model.refreshBackups();
        return new VBox(10, heading, hint, actions, new ProgressStrip(messages).follow(model.running()), list);
    }

    private static TableColumn<SettingsViewModel.BackupRow, String> column(String title,
            Function<SettingsViewModel.BackupRow, String> value, double width) {
        return Columns.wrapping(title, value, width);
    }

    private static Spinner<Integer> whole(IntegerProperty value, int min, int max, String id) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        spinner.valueProperty().addListener((obs, old, now) -> value.set(now));
        value.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

    private static Spinner<Double> decimal(DoubleProperty value, double min, double max, double step, String id) {
        Spinner<Double> spinner = new Spinner<>(min, max, value.get(), step);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        spinner.valueProperty().addListener((obs, old, now) -> value.set(now));
        value.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.doubleValue()));
        return spinner;
    }

    @Override
    public Node node() {
        return root;
    }
}
