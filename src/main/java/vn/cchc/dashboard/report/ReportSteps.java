package vn.cchc.dashboard.report;

import vn.cchc.dashboard.work.Progress;

/**
 * The safe points of writing a report: before each part – a block of the body, the closing, an annex table, a
 * slide – the writer reports where it is and stops there when cancelled. Stopping between parts leaves only an
 * unsaved document in memory: the file itself is written whole at the end, or not at all.
 */
final class ReportSteps {

    private final Progress progress;
    private final long total;
    private long done;

    private ReportSteps(Progress progress, long total) {
        this.progress = progress;
        this.total = total;
    }

    /** For a Word or PDF report: each block of the body, the closing, and each annex table. */
    static ReportSteps ofDocument(Report report, Progress progress) {
        return new ReportSteps(progress, report.body().size() + 1L + (report.annexTitle() == null ? 0 : report.annex().size()));
    }

    /** For the deck: the title slide, one per figure, and the lagging units' slide. */
    static ReportSteps ofDeck(Report report, Progress progress) {
        return new ReportSteps(progress, 1L + report.figures().size() + (report.lagging() == null ? 0 : 1));
    }

    /** The next part begins. */
    void next() {
        progress.step("work.step.reportParts", ++done, total);
    }
}
