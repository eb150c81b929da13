package vn.cchc.dashboard.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.ReportService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportDay;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;
import vn.cchc.dashboard.report.Report;
import vn.cchc.dashboard.report.ReportFormat;
import vn.cchc.dashboard.report.ReportPart;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.work.Tracker;

/**
 * Báo cáo: choose the plan, the period (or any day), the parts, the language and the format; see the report's
 * content before writing it; write it off the FX thread and open it in the system's program.
 */
public final class ReportsViewModel {

    /** A choice of period: an official one, or {@code null} for "any day" with its own date. */
    public record PeriodChoice(ReportPeriod period, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Opens a written file in its program; the window passes the system's, tests their own. */
    @FunctionalInterface
    public interface FileOpener {
        void open(Path file) throws Exception;
    }

    private final ReportService reports;
    private final Background background;
    private final LongWork longWork;
    private final Messages messages;
    private final FileOpener opener;
    private final ObservableList<Plan> plans;
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObservableList<PeriodChoice> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>(this, "period");
    private final ObjectProperty<LocalDate> customDay = new SimpleObjectProperty<>(this, "customDay");
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(this, "format", ReportFormat.DOCX);
    private final ObjectProperty<Language> language;
    private final Map<ReportPart, BooleanProperty> parts = new EnumMap<>(ReportPart.class);
    private final ReadOnlyStringWrapper deadline = new ReadOnlyStringWrapper(this, "deadline", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReportSettingsForm settingsForm;
    private final LocalDate today;
    private long latestPreview;

    /**
     * @param plans    the plans to choose from (the shell's list)
     * @param shown    the plan the window shows, chosen first
     * @param settings the form of the report settings, saved through {@code background}
     */
    public ReportsViewModel(ReportService reports, ReportSettingsForm settings, Background background, Messages messages,
                            FileOpener opener, ObservableList<Plan> plans, Plan shown, LocalDate today) {
        this.reports = reports;
        this.settingsForm = settings;
        this.background = background;
        this.longWork = new LongWork(background);
        this.messages = messages;
        this.opener = opener;
        this.plans = plans;
        this.today = today;
        this.language = new SimpleObjectProperty<>(this, "language", messages.language());
        for (ReportPart part : ReportPart.values()) {
            BooleanProperty on = new SimpleBooleanProperty(this, part.name(), true);
            parts.put(part, on);
            subscriptions.follow(on, x -> refreshPreview());
        }
        subscriptions.follow(plan, p -> choosePeriods(p, today));
        subscriptions.follow(period, x -> refreshPreview());
        subscriptions.follow(customDay, x -> refreshPreview());
        subscriptions.follow(language, x -> refreshPreview());
        settings.onSaved(this::refreshPreview);
        plan.set(shown);
    }

    /** The plan's four official periods, the latest one closed by today chosen, then "any day". */
    private void choosePeriods(Plan chosen, LocalDate today) {
        if (chosen == null) {
            periods.clear();
            return;
        }
        periods.setAll(ReportPeriod.of(chosen.year()).stream().map(p -> new PeriodChoice(p, capitalised(
                PeriodWording.name(p, messages)))).toList());
        periods.add(new PeriodChoice(null, messages.get("reports.period.custom")));
        ReportPeriod latest = ReportPeriod.latestEndedBy(today);
        PeriodChoice pick = periods.stream().filter(c -> latest.equals(c.period())).findFirst().orElse(periods.get(0));
        if (customDay.get() == null || customDay.get().getYear() != chosen.year()) {
            // The plan's last day, or today when that is still to come: there are no figures after today.
            LocalDate yearEnd = LocalDate.of(chosen.year(), 12, 31);
            customDay.set(yearEnd.isAfter(today) ? today : yearEnd);
        }
        period.set(null);
        period.set(pick);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The request of the current choices, or null when a choice is missing. */
    private ReportService.Request request() {
        PeriodChoice choice = period.get();
        if (plan.get() == null || choice == null || choice.period() == null && customDay.get() == null) {
            return null;
        }
        Set<ReportPart> chosen = EnumSet.noneOf(ReportPart.class);
        parts.forEach((part, on) -> {
            if (on.get()) {
                chosen.add(part);
            }
        });
        return new ReportService.Request(plan.get(), choice.period(), choice.period() == null ? customDay.get() : null,
                chosen, language.get());
    }

    /** Builds the report again off the FX thread and shows its text; a slower earlier build never wins. */
    public void refreshPreview() {
        ReportService.Request request = request();
        describeDeadline(request);
        if (request == null) {
            return;
        }
        long ticket = ++latestPreview;
        busy.set(true);
        background.run(() -> reports.build(request), report -> {
            if (ticket == latestPreview) {
                preview.set(report.asText());
                busy.set(false);
            }
        }, e -> {
            if (ticket == latestPreview) {
                feedback.set(ErrorText.of(e, messages));
                busy.set(false);
            }
        });
    }

    /** The window the figures cover, cut off at today (as the report will be), or why the day cannot be used. */
    private void describeDeadline(ReportService.Request request) {
        Formats f = messages.formats();
        ReportDay day = request == null ? null : ReportDay.of(request.period(), request.asOf(), today).orElse(null);
        if (request == null) {
            deadline.set("");
        } else if (day == null) {
            deadline.set(messages.format("error.report.future", f.date(request.asOf()), f.date(today)));
        } else if (request.period() == null) {
            deadline.set(messages.format("reports.deadline.custom", f.date(day.day())));
        } else {
            deadline.set(messages.format(day.estimate() ? "reports.deadline.estimate" : "reports.deadline",
                    f.date(request.period().start()), f.date(day.day()), f.date(request.period().reportDue()),
                    f.date(request.period().end())));
        }
    }

    /** "bao-cao-cchc-2026-H1.docx": the name the save dialog starts from. */
    public String suggestedFileName() {
        ReportService.Request request = request();
        String when = request == null ? "" : request.period() != null ? request.period().code()
                : request.day().toString();
        String stem = format.get() == ReportFormat.PPTX ? messages.get("reports.file.deck") : messages.get("reports.file.report");
        return stem + "-" + when + "." + format.get().extension();
    }

    /** Builds and writes the report to {@code file} off the FX thread; tells how it went. */
    public void generate(Path file) {
        ReportService.Request request = request();
        if (request == null || busy.get()) {
            return;
        }
        ReportFormat chosen = format.get();
        busy.set(true);
        feedback.set(messages.get("reports.generating"));
        longWork.start(progress -> {
            Report report = reports.build(request);
            reports.write(report, chosen, file, progress);
            return file;
        }, done -> {
            busy.set(false);
            written.set(done);
            feedback.set(messages.format("reports.written", done.toAbsolutePath()));
        }, e -> {
            busy.set(false);
            feedback.set(LongWork.cancelled(e) ? messages.get("work.cancelled.file") : ErrorText.of(e, messages));
        });
    }

    /** The report being written now, for the progress strip; null when none. */
    public ReadOnlyObjectProperty<Tracker> running() {
        return longWork.running();
    }

    /** Opens the last written file in the system's program, off the FX thread (starting it can take a while). */
    public void openWritten() {
        Path file = written.get();
        if (file == null) {
            return;
        }
        background.run(() -> {
            opener.open(file);
            return file;
        }, opened -> { }, e -> feedback.set(messages.format("reports.openFailed", file.toAbsolutePath())));
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ObjectProperty<Plan> plan() {
        return plan;
    }

    public ObservableList<PeriodChoice> periods() {
        return periods;
    }

    public ObjectProperty<PeriodChoice> period() {
        return period;
    }

    public ObjectProperty<LocalDate> customDay() {
        return customDay;
    }

    public ObjectProperty<ReportFormat> format() {
        return format;
    }

    public ObjectProperty<Language> language() {
        return language;
    }

    public BooleanProperty part(ReportPart part) {
        return parts.get(part);
    }

    public ReportSettingsForm settings() {
        return settingsForm;
    }

    public ReadOnlyStringProperty deadline() {
        return deadline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty preview() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> written() {
        return written.getReadOnlyProperty();
    }

    public void dispose() {
        subscriptions.dispose();
    }
}
