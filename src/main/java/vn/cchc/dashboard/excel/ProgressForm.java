package vn.cchc.dashboard.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The "phiếu cập nhật tiến độ" a unit fills in: which plan and unit it is for, when it was made, and one line per
 * task – identity (locked) and the task's current state (editable); and, when the year has a statistics table, the
 * period's figures asked of the unit on a second sheet ({@code statistics}, null otherwise).
 */
public record ProgressForm(long planId, String planTitle, long unitId, String unitName, Instant exportedAt,
                           List<Line> lines, StatisticsFormSheet.Content statistics) {

    /** Column positions on the form's sheet, shared by the writer and the reader. */
    public static final int ID = 0;
    public static final int CODE = 1;
    public static final int TITLE = 2;
    public static final int DEADLINE = 3;
    public static final int STATUS = 4;
    public static final int PERCENT = 5;
    public static final int COMPLETED_ON = 6;
    public static final int NOTE = 7;
    public static final int EVIDENCE = 8;
    /** The row (0-based) of the column headings; lines start under it. */
    public static final int HEADER_ROW = 4;
    public static final String SHEET = "Cập nhật tiến độ";
    public static final String META_SHEET = "_cchc";

    public ProgressForm {
        lines = List.copyOf(lines);
    }

    /** A form with tasks only. */
    public ProgressForm(long planId, String planTitle, long unitId, String unitName, Instant exportedAt, List<Line> lines) {
        this(planId, planTitle, unitId, unitName, exportedAt, lines, null);
    }

    /** One task: its identity as the database has it, and its state as last recorded (status text in the form's words). */
    public record Line(long taskId, String code, String title, String deadline, String status, Integer percent,
                       LocalDate completedOn, String note, String evidence) {
    }
}
