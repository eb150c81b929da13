package vn.cchc.dashboard.ui.statistics;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.statistics.StatisticsService;
import vn.cchc.dashboard.app.statistics.StatisticsWording;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticsStatus;
import vn.cchc.dashboard.domain.statistics.StatisticsTotal;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * Chỉ số → Số liệu thống kê: for a period of the plan's year, who has sent the figures ("14/21 đơn vị đã gửi số liệu
 * 6 tháng đầu năm 2026"), who has not, the gaps, and the province's totals. Read in the background on each load.
 */
public final class StatisticsViewModel {

    /** One item's province-wide figure as the table shows it. */
    public record TotalRow(String code, String label, String sum, String rate, String units) {
    }

    private final StatisticsService service;
    private final Background background;
    private final Messages messages;
    private final ZoneId zone;
    private final Plan plan;
    private final ObservableList<ReportPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>(this, "period");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper(this, "statusLine", "");
    private final ReadOnlyStringWrapper lateLine = new ReadOnlyStringWrapper(this, "lateLine", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final ObservableList<String> sent = FXCollections.observableArrayList();
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ObservableList<TotalRow> totals = FXCollections.observableArrayList();
    private final StatisticsTableViewModel table;

    /**
     * @param plan          the plan whose units are expected to send figures; null when there is none yet
     * @param editsTable    whether the role may change the year's statistics table
     */
    public StatisticsViewModel(StatisticsService service, Background background, Messages messages, ZoneId zone, Plan plan,
                               boolean editsTable) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.zone = zone;
        this.plan = plan;
        this.table = plan == null ? null : new StatisticsTableViewModel(service, background, messages, plan.year(), editsTable);
        if (plan != null) {
            periods.setAll(ReportPeriod.of(plan.year()));
            period.set(service.defaultPeriod(plan));
        } else {
            statusLine.set(messages.get("statistics.view.noPlan"));
        }
        period.addListener((obs, old, now) -> load());
    }

    private record Loaded(ReportPeriod period, StatisticsStatus status, List<StatisticsTotal> totals) {
    }

    /** Reads the chosen period's status and totals off the FX thread. */
    public void load() {
        ReportPeriod chosen = period.get();
        if (plan == null || chosen == null) {
            return;
        }
        background.run(() -> new Loaded(chosen, service.status(plan, chosen), service.totals(chosen)), this::show,
                failure -> feedback.set(ErrorText.of(failure, messages)));
    }

    private void show(Loaded loaded) {
        if (!loaded.period().equals(period.get())) {
            return; // a later choice is on its way
        }
        StatisticsStatus status = loaded.status();
        statusLine.set(StatisticsWording.statusLine(status, loaded.period(), messages));
        lateLine.set(StatisticsWording.lateLine(status, loaded.period(), messages));
        missing.setAll(status.missing().stream().map(Unit::name).toList());
        sent.setAll(StatisticsWording.sentLines(status, zone, messages));
        gaps.setAll(StatisticsWording.gapLines(status, messages));
        totals.setAll(loaded.totals().stream().map(t -> new TotalRow(t.item().code(), t.item().label(),
                // An item no unit has sent is not a zero: it is shown as missing.
                t.units() == 0 ? "—" : messages.formats().compact(t.sum()) + " " + t.item().measureUnit(),
                t.rate() == null ? "" : messages.formats().percent(t.rate()),
                messages.formats().count(t.units()))).toList());
        feedback.set("");
    }

    public String periodName(ReportPeriod p) {
        return p == null ? "" : PeriodWording.name(p, messages);
    }

    public ObservableList<ReportPeriod> periods() {
        return periods;
    }

    public ObjectProperty<ReportPeriod> period() {
        return period;
    }

    public ReadOnlyStringProperty statusLine() {
        return statusLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lateLine() {
        return lateLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    public ObservableList<String> missing() {
        return missing;
    }

    public ObservableList<String> sent() {
        return sent;
    }

    public ObservableList<String> gaps() {
        return gaps;
    }

    public ObservableList<TotalRow> totals() {
        return totals;
    }

    /** The plan year's statistics table, for its tab; null without a plan. */
    public StatisticsTableViewModel table() {
        return table;
    }
}
