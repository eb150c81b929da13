package vn.cchc.dashboard.app.unitindex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.PlanService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.files.AtomicFile;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.ReportSettings;
import vn.cchc.dashboard.report.unitindex.AnnouncementDocument;
import vn.cchc.dashboard.report.unitindex.DecisionComposer;
import vn.cchc.dashboard.report.unitindex.DocxAnnouncementWriter;
import vn.cchc.dashboard.report.unitindex.GroupInput;
import vn.cchc.dashboard.report.unitindex.IndexAnnouncement;
import vn.cchc.dashboard.report.unitindex.ResultsReportComposer;
import vn.cchc.dashboard.sample.SampleProvince;

/**
 * The announcement of a year's reform index of the province's own units: the decision of UBND tỉnh with its ranking
 * annex, and Sở Nội vụ's results report, both from one {@link IndexAnnouncement} of every group that has a criteria
 * set that year, in the heading and province of the report settings. Blocking: call it off the FX thread.
 */
public final class UnitIndexAnnouncement {

    /** The two files written. */
    public record Written(Path decision, Path report) {
    }

    private final UnitIndexService unitIndex;
    private final AppSettings settings;
    private final PlanService plans;

    public UnitIndexAnnouncement(UnitIndexService unitIndex, AppSettings settings, PlanService plans) {
        this.unitIndex = Objects.requireNonNull(unitIndex, "unitIndex");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.plans = Objects.requireNonNull(plans, "plans");
    }


    /**
     * The year's results of every group with a criteria set that year.
     *
     * @throws AppException when no group has a criteria set that year
     */
    public IndexAnnouncement announcement(int year) {
        Map<Long, Map<String, Score>> scores = unitIndex.scores(year);
        List<GroupInput> inputs = new ArrayList<>();
        for (IndexGroup group : IndexGroup.values()) {
            CriteriaSet set = unitIndex.criteria(year, group);
            if (!set.isEmpty()) {
                inputs.add(new GroupInput(set, unitIndex.ranking(year, group), scores));
            }
        }
        if (inputs.isEmpty()) {
            throw AppException.invalidInput("unitIndex.announce.noSet", String.valueOf(year));
        }
        return IndexAnnouncement.of(year, inputs);
    }

    /** The decision of UBND tỉnh approving and announcing the year's index, with its annex. */
    public AnnouncementDocument decision(int year, Language language) {
        return DecisionComposer.compose(announcement(year), reportSettings(), Messages.of(language));
    }

    /** Sở Nội vụ's report on the year's index. */
    public AnnouncementDocument report(int year, Language language) {
        return ResultsReportComposer.compose(announcement(year), reportSettings(), Messages.of(language));
    }

    /**
     * Writes the decision and the report of {@code year} into {@code folder} ({@link #decisionFile},
     * {@link #reportFile}), each whole or not at all.
     *
     * @throws AppException when no group has a criteria set that year, or a file cannot be written
     */
    public Written write(int year, Path folder, Language language) {
        IndexAnnouncement announcement = announcement(year);
        Messages messages = Messages.of(language);
        ReportSettings heading = reportSettings();
        Path decision = folder.resolve(decisionFile(year));
        Path report = folder.resolve(reportFile(year));
        write(DecisionComposer.compose(announcement, heading, messages), decision);
        write(ResultsReportComposer.compose(announcement, heading, messages), report);
        return new Written(decision, report);
    }

    /** Writes {@code document} to {@code file} as DOCX, whole or not at all. */
    public void write(AnnouncementDocument document, Path file) {
        AppException.writing(file, () -> AtomicFile.write(file, out -> DocxAnnouncementWriter.write(document, out)));
    }

    public static String decisionFile(int year) {
        return "quyet-dinh-cong-bo-chi-so-cchc-" + year + ".docx";
    }

    public static String reportFile(int year) {
        return "bao-cao-ket-qua-chi-so-cchc-" + year + ".docx";
    }

    /** The office's heading and province; the sample's province while the office names none and the sample is loaded. */
    private ReportSettings reportSettings() {
        ReportSettings heading = settings.reportSettings();
        if (heading.provinceName().isEmpty() && plans.plans().stream().anyMatch(Plan::sample)) {
            heading = heading.withProvince(SampleProvince.PROVINCE.replaceFirst("^tỉnh ", ""));
        }
        return heading;
    }
}
