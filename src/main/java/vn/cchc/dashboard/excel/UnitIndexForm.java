package vn.cchc.dashboard.excel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;

/**
 * The "phiếu tự đánh giá, chấm điểm Chỉ số CCHC" a unit fills in: which year, group and unit it is for, when it was
 * made, its heading already worded, and one row per line of the criteria set – areas and criteria with children as
 * section rows, the unit's scored lines open for its score, evidence and explanation, the others locked with a note.
 */
public record UnitIndexForm(int year, IndexGroup group, long unitId, String unitName, Instant sentAt,
                            List<String> heading, List<String> columns, List<Row> rows) {

    public static final String SHEET = "Tự đánh giá";
    public static final String META_SHEET = "_cchc";
    public static final String FORMAT = "cchc-unit-index-form-1";
    /** The row (0-based) of the column headings; the heading lines above it, the criteria under it. */
    public static final int HEADER_ROW = 8;
    /** At most this many heading lines fit above the column headings. */
    public static final int HEADING_LINES = HEADER_ROW - 1;

    /** Column positions, shared by the writer and the reader. */
    public static final int CODE = 0;
    public static final int TITLE = 1;
    public static final int MAX = 2;
    public static final int GUIDANCE = 3;
    public static final int REFERENCE = 4;
    public static final int SCORE = 5;
    public static final int EVIDENCE = 6;
    public static final int EXPLANATION = 7;
    public static final int COLUMNS = 8;

    public UnitIndexForm {
        if (heading.size() > HEADING_LINES) {
            throw new IllegalArgumentException("at most " + HEADING_LINES + " heading lines: " + heading.size());
        }
        if (columns.size() != COLUMNS) {
            throw new IllegalArgumentException("one heading per column: " + columns);
        }
        heading = List.copyOf(heading);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** What a row of the form is for the unit. */
    public enum Kind {
        /** An area or a criterion with children: its title in bold, nothing to fill in. */
        SECTION,
        /** A line the unit scores: score, evidence and explanation open. */
        INPUT,
        /** A line that does not apply to the unit: greyed, with the reason. */
        EXEMPT,
        /** A line the council scores from the survey: locked, saying so. */
        SURVEY
    }

    /**
     * One line of the set as the unit sees it.
     *
     * @param reference what the application already holds bearing on the line ("Số liệu trên phần mềm"), or null
     * @param note      for EXEMPT and SURVEY rows, why there is nothing to fill in; null otherwise
     * @param score     the unit's score as last recorded (INPUT rows), or null
     */
    public record Row(Kind kind, String code, String title, BigDecimal maxPoints, String guidance, String reference,
                      String note, BigDecimal score, String evidence, String explanation) {
    }
}
