package vn.cchc.dashboard.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.BackupService;
import vn.cchc.dashboard.app.SharedServer;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.i18n.BackupWording;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.work.Tracker;

/** Cài đặt: the interface language, the name recorded with updates and the stale threshold, saved to the settings file. */
public final class SettingsViewModel {

    private final AppSettings settings;
    private final Background background;
    private final LongWork longWork;
    private final Messages messages;
    private final Consumer<Language> languageChanged;
    private final ObjectProperty<Language> language;
    private final StringProperty userName;
    private final StringProperty userUnit;
    private final IntegerProperty staleDays;
    private final Consumer<Integer> staleDaysChanged;
    private final Consumer<LaggingPolicy> policyChanged;
    private final PolicyFields policy;
    private final BackupService backups;
    private final Consumer<Path> restore;
    private final IntegerProperty backupsKept;
    private final ObservableList<BackupRow> backupRows = FXCollections.observableArrayList();

    /** One backup as the list shows it: when, which kind, how large. */
    public record BackupRow(Path file, String made, String kind, String size) {
    }
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final StringProperty sharedServer;

    /**
     * @param languageChanged   rebuilds the window in the saved language
     * @param staleDaysChanged  recomputes what counts as "not updated for N days"
     * @param policyChanged     ranks the units again under the saved lagging criteria
     * @param restore           replaces the data by a backup, after asking
     */
    public SettingsViewModel(AppSettings settings, Background background, Messages messages,
                             Consumer<Language> languageChanged, Consumer<Integer> staleDaysChanged,
                             Consumer<LaggingPolicy> policyChanged, BackupService backups, Consumer<Path> restore) {
        this.policyChanged = policyChanged;
        this.backups = backups;
        this.restore = restore;
        this.backupsKept = new SimpleIntegerProperty(this, "backupsKept", settings.backupsKept());
        this.policy = new PolicyFields(settings.laggingPolicy());
        this.settings = settings;
        this.background = background;
        this.longWork = new LongWork(background);
        this.messages = messages;
        this.languageChanged = languageChanged;
        this.staleDaysChanged = staleDaysChanged;
        this.language = new SimpleObjectProperty<>(this, "language", messages.language());
        this.userName = new SimpleStringProperty(this, "userName", settings.userName());
        this.userUnit = new SimpleStringProperty(this, "userUnit", settings.userUnit());
        this.staleDays = new SimpleIntegerProperty(this, "staleDays", settings.staleDays());
        String server = settings.sharedServer();
        this.sharedServer = new SimpleStringProperty(this, "sharedServer", server == null ? "" : server);
    }

    /**
     * Chooses the shared server typed in (blank: this computer's own database) once it answers; it is used from
     * the next start. A problem is one sentence, and the settings stay as they were.
     */
    public void connect() {
        String typed = sharedServer.get();
        background.run(() -> Optional.ofNullable(SharedServer.remember(settings, typed)), kept -> {
            kept.ifPresent(sharedServer::set);
            feedback.set(kept.map(url -> messages.format("settings.server.connected", url))
                    .orElseGet(() -> messages.get("settings.server.local")));
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    /** The shared PostgreSQL server's address, as typed in Cài đặt ("Máy chủ dùng chung"). */
    public StringProperty sharedServer() {
        return sharedServer;
    }

    /** Saves in the background; a new language takes effect once the file is written. */
    public void save() {
        Language chosen = language.get();
        String name = Text.blankToNull(userName.get());
        String unit = userUnit.get();
        int stale = staleDays.get();
        if (stale < 1 || stale > 366) {
            feedback.set(messages.get("settings.staleDays.invalid"));
            return;
        }
        int kept = backupsKept.get();
        LaggingPolicy lagging;
        try {
            lagging = policy.policy();
        } catch (IllegalArgumentException e) {
            feedback.set(messages.get("settings.policy.invalid"));
            return;
        }
        background.run(() -> {
            settings.setLanguage(chosen);
            if (name != null) {
                settings.setUserName(name);
            }
            settings.setUserUnit(unit);
            settings.setStaleDays(stale);
            settings.setLaggingPolicy(lagging);
            settings.setBackupsKept(kept);
            settings.save();
            return chosen;
        }, saved -> {
            feedback.set(messages.get("settings.saved"));
            staleDaysChanged.accept(stale);
            policyChanged.accept(lagging);
            if (saved != messages.language()) {
                languageChanged.accept(saved);
            }
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    public ObjectProperty<Language> language() {
        return language;
    }

    public StringProperty userName() {
        return userName;
    }

    /** The unit the user works in, recorded with their changes. */
    public StringProperty userUnit() {
        return userUnit;
    }

    /** "Quá N ngày chưa cập nhật": 1 to 366 days. */
    public IntegerProperty staleDays() {
        return staleDays;
    }

    /** Reads the list of backups again (off the FX thread). */
    public void refreshBackups() {
        Formats f = messages.formats();
        background.run(backups::list, list -> backupRows.setAll(list.stream().map(b -> new BackupRow(b.file(),
                f.dateTime(b.made()), messages.get("backup.kind." + b.kind().name()),
                f.count(Math.max(1, b.bytes() / 1024)) + " KB")).toList()),
                e -> feedback.set(ErrorText.of(e, messages)));
    }

    /** A verified backup now, into the backups folder. */
    public void backupNow() {
        feedback.set(messages.get("backup.running"));
        longWork.start(progress -> {
            BackupService.Verified made = backups.backup(BackupService.Kind.MANUAL, null, progress);
            return messages.format("backup.written", made.file().toAbsolutePath(),
                    BackupWording.contents(made.contents(), messages));
        }, done -> {
            feedback.set(done);
            refreshBackups();
        }, e -> feedback.set(LongWork.cancelled(e) ? messages.get("work.cancelled.file") : ErrorText.of(e, messages)));
    }

    /** The backup being made now, for the progress strip; null when none. */
    public ReadOnlyObjectProperty<Tracker> running() {
        return longWork.running();
    }

    /** Replaces the data by {@code row}'s backup (the window asks first). */
    public void restore(BackupRow row) {
        if (row != null) {
            restore.accept(row.file());
        }
    }

    public ObservableList<BackupRow> backups() {
        return backupRows;
    }

    /** How many daily backups made on exit are kept. */
    public IntegerProperty backupsKept() {
        return backupsKept;
    }

    /** The lagging criteria being edited. */
    public PolicyFields policy() {
        return policy;
    }

    /** Puts the default criteria back in the form (saved with the rest). */
    public void resetPolicy() {
        policy.show(LaggingPolicy.DEFAULT);
    }

    /** "Đã lưu cài đặt." or what went wrong. */
    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }
}
