package vn.cchc.dashboard.ui.accounts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.UnitService;
import vn.cchc.dashboard.app.accounts.AccountService;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.accounts.Account;
import vn.cchc.dashboard.domain.accounts.AccountRole;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * Cài đặt → Người dùng, for the administrator: the accounts with their roles and units, a form to add one, and
 * disabling or resetting the selected one. A password made by the server-side change is shown once, to be handed
 * over, and forgotten when the next action starts.
 */
public final class AccountsViewModel {

    /** One account as the table shows it. */
    public record Row(String login, String name, String role, String unit, String state, boolean disabled) {
    }

    private final AccountService accounts;
    private final UnitService units;
    private final Background background;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Unit> unitChoices = FXCollections.observableArrayList();
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<AccountRole> role = new SimpleObjectProperty<>(this, "role", AccountRole.UNIT);
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyStringWrapper password = new ReadOnlyStringWrapper(this, "password", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public AccountsViewModel(AccountService accounts, UnitService units, Background background, Messages messages) {
        this.accounts = accounts;
        this.units = units;
        this.background = background;
        this.messages = messages;
    }

    /** Reads the accounts and the units (off the FX thread). */
    public void load() {
        background.run(() -> new Loaded(accounts.list(), units.units()), loaded -> {
            Map<Long, String> unitNames = loaded.units().stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
            rows.setAll(loaded.accounts().stream().map(a -> new Row(a.login(), a.fullName(),
                    messages.get("accounts.role." + a.role().name()), a.unitId() == null ? "" : unitNames.get(a.unitId()),
                    messages.get(a.disabled() ? "accounts.state.disabled" : "accounts.state.active"), a.disabled()))
                    .toList());
            unitChoices.setAll(loaded.units().stream().filter(u -> u.validTo() == null)
                    .sorted((x, y) -> Text.vietnameseOrder().compare(x.name(), y.name())).toList());
        }, this::failed);
    }

    private record Loaded(List<Account> accounts, List<Unit> units) {
    }

    /** Adds the account in the form; its first password is then shown once. */
    public void add() {
        AccountRole chosen = role.get();
        Unit of = chosen == AccountRole.UNIT ? unit.get() : null;
        String typedLogin = login.get();
        String typedName = name.get();
        run(() -> accounts.add(typedLogin, typedName, chosen, of == null ? null : of.id()), made -> {
            login.set("");
            name.set("");
            return messages.format("accounts.added", typedLogin.strip().toLowerCase(java.util.Locale.ROOT), made);
        });
    }

    /** Disables {@code row}'s account. */
    public void disable(Row row) {
        run(() -> {
            accounts.disable(row.login());
            return null;
        }, noPassword -> messages.format("accounts.disabledOne", row.login()));
    }

    /** Gives {@code row}'s account a new password, shown once. */
    public void resetPassword(Row row) {
        run(() -> accounts.resetPassword(row.login()), made -> messages.format("accounts.reset", row.login(), made));
    }

    /**
     * Runs a change off the FX thread; its outcome is told in the feedback, a new password in {@link #password}.
     *
     * @param change the change; returns the password it made, or null when it made none
     * @param told   the sentence for that password (called on the FX thread)
     */
    private void run(java.util.concurrent.Callable<String> change, Function<String, String> told) {
        feedback.set("");
        password.set("");
        busy.set(true);
        background.run(change, made -> {
            busy.set(false);
            password.set(made == null ? "" : made);
            feedback.set(told.apply(made));
            load();
        }, e -> {
            busy.set(false);
            failed(e);
        });
    }

    private void failed(Throwable e) {
        feedback.set(ErrorText.of(e, messages));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Unit> unitChoices() {
        return unitChoices;
    }

    public StringProperty login() {
        return login;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<AccountRole> role() {
        return role;
    }

    public ObjectProperty<Unit> unit() {
        return unit;
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    /** The password just made, to copy and hand over; empty otherwise. */
    public ReadOnlyStringProperty password() {
        return password.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
