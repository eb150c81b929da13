package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.Report;
import vn.cchc.dashboard.report.ReportComposer;
import vn.cchc.dashboard.report.ReportFormat;
import vn.cchc.dashboard.report.ReportInputs;
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

        /** The day the figures are cut off: the given day, else the period's official cut-off. */
        public LocalDate day() {
            return asOf != null ? asOf : period.end();
        }
    }

    private final PlanService plans;
    private final IndicatorService indicators;
    private final UnitService units;
    private final AppSettings settings;

    public ReportService(PlanService plans, IndicatorService indicators, UnitService units, AppSettings settings) {
        this.plans = plans;
        this.indicators = indicators;
        this.units = units;
        this.settings = settings;
    }

    public static ReportService of(AppContext context) {
        return new ReportService(context.plans(), context.indicators(), context.units(), context.settings());
    }

    /** The report's content, from the store's figures on the request's day. */
    public Report build(Request request) {
        Plan plan = request.plan();
        LocalDate day = request.day();
        int staleDays = settings.staleDays();
        Overview overview = plans.overview(plan, day, null, staleDays);
        IndicatorBook book = indicators.book();
        // Units as they were on the day: a report on a past period names the bodies that existed then. The
        // ranking reuses the overview's snapshot and the book rather than reading both again.
        LaggingList lagging = LaggingList.of(overview.snapshot(), units.units(), book, day, false,
                settings.laggingPolicy(), staleDays);
        ReportSettings heading = settings.reportSettings();
        if (plan.sample()) {
            heading = heading.withProvinceIfBlank(SampleProvince.PROVINCE.replaceFirst("^tỉnh ", ""));
        }
        return ReportComposer.compose(new ReportInputs(overview, lagging, book, request.period(), heading,
                request.parts()), Messages.of(request.language()));
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
