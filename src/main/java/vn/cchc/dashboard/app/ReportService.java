package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.cchc.dashboard.app.national.NationalResultsService;
import vn.cchc.dashboard.app.statistics.StatisticsService;
import vn.cchc.dashboard.app.unitindex.UnitIndexService;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.ReportDay;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.national.ProvinceStandings;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.Report;
import vn.cchc.dashboard.report.ReportComposer;
import vn.cchc.dashboard.report.ReportFormat;
import vn.cchc.dashboard.report.ReportInputs;
import vn.cchc.dashboard.report.ReportIssuer;
import vn.cchc.dashboard.report.ReportPart;
import vn.cchc.dashboard.report.ReportSettings;
import vn.cchc.dashboard.report.ReportWriters;
import vn.cchc.dashboard.sample.SampleProvince;
import vn.cchc.dashboard.work.Progress;

/** The periodic reports: their content read from the store, and their files. Blocking: call it off the FX thread. */
public final class ReportService {

    /**
     * One report to make.
     *
     * @param period the official period, or null for a report as of {@code asOf} alone
     * @param asOf   the day the figures are cut off; null for the period's official cut-off
     */
    public record Request(Plan plan, ReportPeriod period, LocalDate asOf, Set<ReportPart> parts, Language language) {

        public Request {
            Objects.requireNonNull(plan, "plan");
            if (period == null && asOf == null) {
                throw new IllegalArgumentException("a report needs a period or an as-of date");
            }
            parts = parts.isEmpty() ? EnumSet.noneOf(ReportPart.class) : EnumSet.copyOf(parts);
            Objects.requireNonNull(language, "language");
        }

        /** The day asked for: the given day, else the period's official cut-off (see {@link #dataDay}). */
        public LocalDate day() {
            return asOf != null ? asOf : period.end();
        }
    }

    private final PlanService plans;
    private final IndicatorService indicators;
    private final UnitService units;
    private final AppSettings settings;
    private final Clock clock;
    private final NationalResultsService national;
    private final StatisticsService statistics;
    private final UnitIndexService unitIndex;

    /**
     * @param national   the PAR INDEX and SIPAS results the reports state
     * @param statistics the figures units send, which each area's section states
     * @param unitIndex  the province's own reform index, cited beside a lagging unit
     */
    public ReportService(PlanService plans, IndicatorService indicators, UnitService units, AppSettings settings,
                         Clock clock, NationalResultsService national, StatisticsService statistics,
                         UnitIndexService unitIndex) {
        this.plans = plans;
        this.indicators = indicators;
        this.units = units;
        this.settings = settings;
        this.clock = clock;
        this.national = Objects.requireNonNull(national, "national");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.unitIndex = Objects.requireNonNull(unitIndex, "unitIndex");
    }


    /**
     * The PAR INDEX and SIPAS results a report on {@code period} states: those the Bộ Nội vụ announces during the
     * report's year (in spring), which assess the year before. The six-month, nine-month and annual reports state
     * them; a quarter's report (cut off in March) and a report "as of" a day outside the official windows do not.
     */
    private ProvinceStandings nationalFor(ReportPeriod period) {
        if (period == null || period.kind() == ReportPeriod.Kind.Q1) {
            return null;
        }
        return national.standings(period.year() - 1);
    }

    /**
     * The day the request's figures are cut off: never after today, a period not yet over being an estimate.
     *
     * @throws AppException when the request names a day after today
     */
    public ReportDay dataDay(Request request) {
        LocalDate today = LocalDate.now(clock);
        return ReportDay.of(request.period(), request.asOf(), today).orElseThrow(() -> {
            Formats f = Messages.of(request.language()).formats();
            return AppException.invalidInput("error.report.future", f.date(request.asOf()), f.date(today));
        });
    }

    /** The report's content, from the store's figures on the request's data day (see {@link #dataDay}). */
    public Report build(Request request) {
        Plan plan = request.plan();
        ReportDay reportDay = dataDay(request);
        LocalDate day = reportDay.day();
        int staleDays = settings.staleDays();
        Overview overview = plans.overview(plan, day, null, staleDays);
        IndicatorBook book = indicators.book();
        // Units as they were on the day: a report on a past period names the bodies that existed then. The
        // ranking reuses the overview's snapshot and the book rather than reading both again.
        LaggingList lagging = LaggingList.of(overview.snapshot(), units.units(), book, day, false,
                settings.laggingPolicy(), staleDays);
        overview = overview.withVerdicts(lagging);
        ReportSettings heading = settings.reportSettings();
        if (plan.sample()) {
            heading = heading.withProvinceIfBlank(SampleProvince.PROVINCE.replaceFirst("^tỉnh ", ""));
        }
        if (plan.kind() != PlanKind.LOCAL) {
            // The provinces' or the ministries' plan is the Bộ Nội vụ's to report on, to the Government.
            heading = heading.withIssuer(ReportIssuer.MINISTRY);
        }
        return ReportComposer.compose(new ReportInputs(overview, lagging, book, request.period(),
                reportDay.estimate(), heading, request.parts(), nationalFor(request.period()),
                request.period() == null ? null : statistics.digest(plan, request.period()).orElse(null),
                unitIndex.standingsFor(plan.year())),
                Messages.of(request.language()));
    }

    /** Writes {@code report} to {@code file}: all of it, or nothing and a sentence saying why. */
    public void write(Report report, ReportFormat format, Path file) {
        write(report, format, file, Progress.NONE);
    }

    /**
     * As {@link #write(Report, ReportFormat, Path)}, each part a step of {@code progress}.
     *
     * @throws vn.cchc.dashboard.work.CancelledException when cancelled; no file was written
     */
    public void write(Report report, ReportFormat format, Path file, Progress progress) {
        AppException.writing(file, () -> ReportWriters.write(report, format, file, progress));
    }
}
