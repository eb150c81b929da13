package vn.cchc.dashboard.domain.imports;

import vn.cchc.dashboard.domain.DayFormat;
import java.time.LocalDate;
import java.util.Optional;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.TaskStatus;

/**
 * The progress columns of a tracking workbook ("Tình trạng", "Ngày hoàn thành", "Tỷ lệ (%)", "Ghi chú"): each row
 * becomes one update, dated at its completion date, or at the file's data date when it is not done (or gives no
 * date). Without a data date such a row records nothing and is counted, so that the import asks for the date once
 * instead of dating the file's figures at the day of the import. A row that says nothing records nothing.
 */
final class ProgressColumns {

    private final String sheet;
    private final ColumnMapping mapping;
    private final int planYear;
    private final LocalDate dataDate;
    private final LocalDate today;
    private final ImportProblems problems;
    private int rowsNeedingDataDate;

    /** @param dataDate the day the file's figures stand on, or null when none is known */
    ProgressColumns(String sheet, ColumnMapping mapping, int planYear, LocalDate dataDate, LocalDate today,
                    ImportProblems problems) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.planYear = planYear;
        this.dataDate = dataDate;
        this.today = today;
        this.problems = problems;
    }

    /** The update {@code row} carries, or null when it carries none (or one with errors, which are reported). */
    ImportedProgress read(SourceRow row) {
        if (!mapping.hasProgress()) {
            return null;
        }
        String statusText = mapping.value(row, ImportField.STATUS);
        String dateText = mapping.value(row, ImportField.COMPLETED_ON);
        String percentText = mapping.value(row, ImportField.PERCENT);
        Optional<TaskStatus> written = StatusWords.read(statusText);
        if (!statusText.isEmpty() && written.isEmpty()) {
            problems.add(ImportProblem.error(sheet, row.number(), column(ImportField.STATUS), statusText,
                    "import.problem.statusUnreadable"));
            return null;
        }
        Integer percent = percent(row, percentText);
        LocalDate completed = completionDate(row, dateText);
        if (percent != null && percent < 0 || !dateText.isEmpty() && completed == null) {
            return null;
        }
        TaskStatus status = written.orElseGet(() -> implied(completed, percent));
        if (status == null) {
            return null;
        }
        if (written.isEmpty()) {
            problems.add(ImportProblem.note(sheet, row.number(), column(ImportField.STATUS), "",
                    "import.problem.statusImplied", "import.status." + status.name()));
        }
        LocalDate date = status == TaskStatus.COMPLETED && completed != null ? completed : dataDate;
        if (date == null) {
            rowsNeedingDataDate++;
            return null;
        }
        if (status == TaskStatus.COMPLETED && completed != null && dataDate != null && completed.isAfter(dataDate)
                && !completed.isAfter(today)) {
            // A file cannot know of a completion after the day its figures stand on (after today: said as "future").
            problems.add(ImportProblem.error(sheet, row.number(), column(ImportField.COMPLETED_ON), dateText,
                    "import.problem.completedAfterDataDate", completed.toString(), dataDate.toString()));
        }
        if (status == TaskStatus.COMPLETED && completed == null) {
            problems.add(ImportProblem.note(sheet, row.number(), column(ImportField.COMPLETED_ON), "",
                    "import.problem.completedWithoutDate"));
        } else if (status != TaskStatus.COMPLETED && completed != null) {
            problems.add(ImportProblem.note(sheet, row.number(), column(ImportField.COMPLETED_ON), dateText,
                    "import.problem.dateButNotDone"));
        }
        int recorded = status == TaskStatus.COMPLETED ? 100 : percent == null ? 0 : percent;
        if (status == TaskStatus.NOT_STARTED && recorded > 0) {
            status = TaskStatus.IN_PROGRESS;
        }
        ImportedProgress progress = new ImportedProgress(date, status, recorded,
                blankToNull(mapping.value(row, ImportField.NOTE)), blankToNull(mapping.value(row, ImportField.EVIDENCE)));
        for (FieldProblem p : progress.draft().problems(today, planYear)) {
            problems.add(ImportProblem.error(sheet, row.number(), columnOf(p.field()), valueOf(p.field(), row),
                    p.messageKey(), p.args().toArray(String[]::new)));
        }
        return progress;
    }

    /** Rows whose progress needed the data date (not done, or done without a date) when none was known. */
    int rowsNeedingDataDate() {
        return rowsNeedingDataDate;
    }

    /** Without a status word: a completion date or 100% says done, a percent says under way. */
    private static TaskStatus implied(LocalDate completed, Integer percent) {
        if (completed != null || percent != null && percent == 100) {
            return TaskStatus.COMPLETED;
        }
        return percent != null && percent > 0 ? TaskStatus.IN_PROGRESS : null;
    }

    /** "50", "50%", "50,5" → 50/51; a fraction without % ("0,5", as Excel keeps percent cells) → 50. -1 when unreadable. */
    private Integer percent(SourceRow row, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String t = text.replace("%", "").replace(',', '.').strip();
        try {
            double value = Double.parseDouble(t);
            if (!text.contains("%") && value > 0 && value < 1) {
                value *= 100;
            }
            long rounded = Math.round(value);
            if (rounded < 0 || rounded > 100) {
                problems.add(ImportProblem.error(sheet, row.number(), column(ImportField.PERCENT), text,
                        "progress.problem.percentRange"));
                return -1;
            }
            return (int) rounded;
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.error(sheet, row.number(), column(ImportField.PERCENT), text,
                    "import.problem.percentUnreadable"));
            return -1;
        }
    }

    private LocalDate completionDate(SourceRow row, String text) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = DayFormat.parse(text);
        if (date.isEmpty()) {
            problems.add(ImportProblem.error(sheet, row.number(), column(ImportField.COMPLETED_ON), text,
                    "import.problem.dateUnreadable"));
        }
        return date.orElse(null);
    }

    private Integer columnOf(String draftField) {
        return switch (draftField) {
            case "date" -> column(ImportField.COMPLETED_ON);
            case "percent" -> column(ImportField.PERCENT);
            case "note" -> column(ImportField.NOTE);
            case "evidence" -> column(ImportField.EVIDENCE);
            default -> column(ImportField.STATUS);
        };
    }

    private String valueOf(String draftField, SourceRow row) {
        Integer column = columnOf(draftField);
        return column == null ? "" : row.cell(column);
    }

    private Integer column(ImportField field) {
        return mapping.columnOrNull(field);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
