package vn.cchc.dashboard.ui.audit;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.app.AuditService;
import vn.cchc.dashboard.domain.AuditLine;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.ReloadGate;
import vn.cchc.dashboard.ui.Subscriptions;

/** Nhật ký thay đổi: the plan's audit trail, newest first, searchable, exportable to Excel. */
public final class AuditLogViewModel {

    /** One line of the log, formatted; {@code source} is what an export writes. */
    public record Line(String time, String user, String action, String task, String field, String before,
                       String after, String searchKey, AuditLine source) {
    }


    private final AuditService audit;
    private final Background background;
    private final Messages messages;
    private final ZoneId zone;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReloadGate gate = new ReloadGate();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private List<Line> all = List.of();
    private long latestRequest;

    /** Reads the trail again whenever the overview changes (another plan, or a change just saved). */
    public AuditLogViewModel(AuditService audit, Background background, Messages messages, ZoneId zone,
                             ObservableValue<Overview> overview) {
        this.audit = audit;
        this.background = background;
        this.messages = messages;
        this.zone = zone;
        // Hidden, the trail waits: the overview changes with every date chosen, the trail is read once when shown.
        Runnable read = gate.guard(() -> load(overview.getValue()));
        subscriptions.follow(overview, o -> read.run());
        subscriptions.follow(search, s -> narrow());
    }

    private void load(Overview overview) {
        long request = ++latestRequest;
        if (overview == null) {
            all = List.of();
            narrow();
            return;
        }
        background.run(() -> audit.log(overview.summary().plan()), loaded -> {
            if (request == latestRequest) {
                all = loaded.stream().map(this::line).toList();
                narrow();
            }
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    private Line line(AuditLine l) {
        String action = messages.get("audit." + l.entry().action().name());
        String field = AuditService.fieldName(l.entry().field(), messages);
        String task = l.taskCode() == null ? "" : l.taskCode();
        String before = AuditService.before(l, messages);
        String after = AuditService.after(l, messages);
        String key = Text.fold(String.join(" ", l.who(), action, task,
                l.taskTitle() == null ? "" : l.taskTitle(), field == null ? "" : field,
                before == null ? "" : before, after == null ? "" : after));
        return new Line(Formats.DATE_TIME.format(l.entry().occurredAt().atZone(zone)), l.who(), action, task,
                field == null ? "" : field, before, after, key, l);
    }

    private void narrow() {
        Predicate<String> typed = Text.phraseSearch(search.get());
        lines.setAll(all.stream().filter(l -> typed.test(l.searchKey())).toList());
    }

    /** Writes the lines now shown to {@code file}, off the FX thread. */
    public void export(Path file) {
        List<AuditLine> shown = lines.stream().map(Line::source).toList();
        background.run(() -> {
            audit.export(shown, file, messages);
            return shown.size();
        }, count -> feedback.set(messages.format("audit.exported", messages.formats().count(count), file.toAbsolutePath())),
                e -> feedback.set(ErrorText.of(e, messages)));
    }

    public StringProperty search() {
        return search;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    /** Shown: reads the trail of the overview's plan again; a change made while hidden is read now. */
    public void activate() {
        gate.activate();
    }

    /** Hidden: the trail is not read. */
    public void deactivate() {
        gate.deactivate();
    }

    public void dispose() {
        subscriptions.dispose();
    }
}
