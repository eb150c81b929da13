package vn.cchc.dashboard.domain.imports;

import java.time.LocalDate;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.TaskStatus;

/** The progress a row of a tracking workbook carries, as it will be recorded: dated, with its status and percent. */
public record ImportedProgress(LocalDate date, TaskStatus status, int percent, String note, String evidence) {

    public ProgressDraft draft() {
        return new ProgressDraft(date, status, percent, note, evidence);
    }
}
