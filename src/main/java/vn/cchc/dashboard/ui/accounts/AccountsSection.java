package vn.cchc.dashboard.ui.accounts;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.accounts.AccountRole;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.Columns;

/** Cài đặt → "Người dùng": the shared server's accounts, for its administrator. */
public final class AccountsSection {

    private AccountsSection() {
    }

    public static Node of(AccountsViewModel model, Messages messages) {
        Label heading = new Label(messages.get("accounts.title"));
        heading.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("accounts.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        TableView<AccountsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("accounts-table");
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(messages.get("users.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(messages.get("accounts.column.login"), AccountsViewModel.Row::login, 140));
        table.getColumns().add(Columns.text(messages.get("accounts.column.name"), AccountsViewModel.Row::name, 180));
        table.getColumns().add(Columns.text(messages.get("accounts.column.role"), AccountsViewModel.Row::role, 120));
        table.getColumns().add(Columns.text(messages.get("accounts.column.unit"), AccountsViewModel.Row::unit, 200));
        table.getColumns().add(Columns.text(messages.get("accounts.column.state"), AccountsViewModel.Row::state, 110));

        Button disable = new Button(messages.get("accounts.disable"));
        disable.setId("account-disable");
        Button reset = new Button(messages.get("accounts.resetPassword"));
        reset.setId("account-reset");
        var selected = table.getSelectionModel().selectedItemProperty();
        disable.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().disabled() || model.busy().get(), selected, model.busy()));
        reset.disableProperty().bind(disable.disableProperty());
        disable.setOnAction(e -> {
            AccountsViewModel.Row row = selected.get();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("accounts.disable.confirm", row.login(),
                    row.name()), ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(null);
            confirm.initOwner(table.getScene().getWindow());
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.disable(row));
        });
        reset.setOnAction(e -> model.resetPassword(selected.get()));
        HBox rowActions = new HBox(10, disable, reset);

        TextField login = new TextField();
        login.setId("account-login");
        login.setPromptText("hanh.snv");
        login.textProperty().bindBidirectional(model.login());
        TextField name = new TextField();
        name.setId("account-name");
        name.setPromptText(messages.get("accounts.name.prompt"));
        name.textProperty().bindBidirectional(model.name());
        ChoiceBox<AccountRole> role = new ChoiceBox<>();
        role.setId("account-role");
        role.getItems().setAll(AccountRole.values());
        role.setConverter(Converters.showing(r -> r == null ? "" : messages.get("accounts.role." + r.name())));
        role.valueProperty().bindBidirectional(model.role());
        ComboBox<Unit> unit = new ComboBox<>(model.unitChoices());
        unit.setId("account-unit");
        unit.setPrefWidth(280);
        unit.setConverter(Converters.showing(u -> u == null ? "" : u.name()));
        unit.valueProperty().bindBidirectional(model.unit());
        unit.disableProperty().bind(model.role().isNotEqualTo(AccountRole.UNIT));
        Button add = new Button(messages.get("accounts.add"));
        add.setId("account-add");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.busy());
        add.setOnAction(e -> model.add());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("accounts.column.login")), login,
                new Label(messages.get("accounts.column.name")), name);
        form.addRow(1, new Label(messages.get("accounts.column.role")), role,
                new Label(messages.get("accounts.column.unit")), unit);
        form.add(add, 3, 2);

        Label feedback = new Label();
        feedback.setId("accounts-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedback());
        TextField password = new TextField();
        password.setId("account-password");
        password.setEditable(false);
        password.textProperty().bind(model.password());
        password.visibleProperty().bind(model.password().isNotEmpty());
        password.managedProperty().bind(password.visibleProperty());
        password.setMaxWidth(260);
        password.getStyleClass().add("password-once");
        HBox outcome = new HBox(10, feedback, password);
        outcome.setAlignment(Pos.CENTER_LEFT);

        model.load();
        return new VBox(10, heading, hint, table, rowActions, form, outcome);
    }
}
