package vn.cchc.dashboard.domain.unitindex;

import java.util.List;

/**
 * A criteria set file refused as a whole, and why: the kind of problem, the row it is on and the line's numbering as
 * the file writes it, and the figures the sentence needs. Nothing of the file is kept: a set with one wrong maximum
 * would score every unit wrongly.
 */
public final class CriteriaRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Each kind is one sentence in the bundles ({@code unitIndex.criteria.refused.<key>}); its details in order. */
    public enum Kind {
        /** No row heads a title column and a points column. */
        NO_HEADER("noHeader"),
        /** A header, but no criterion under it. */
        EMPTY("empty"),
        /** A numbered line without a title. */
        NO_TITLE("noTitle"),
        /** Details: the title (shortened). A line with points but no numbering: where it belongs is unknown. */
        UNNUMBERED("unnumbered"),
        /** Details: the points cell ("C14"). A scored line (one without children) without points. */
        NO_POINTS("noPoints"),
        /** Details: the points cell, its text. */
        BAD_POINTS("badPoints"),
        /** Details: the points cell, the figure (BigDecimal). */
        NEGATIVE_POINTS("negativePoints"),
        /** Details: the numbering written before it (its previous sibling's, or its parent's). Skips or goes back. */
        NUMBER_OUT_OF_SEQUENCE("numberOutOfSequence"),
        /** The first line is numbered as if something came before it ("II", "1.2"). */
        NUMBERING_STARTS_WRONG("numberingStartsWrong"),
        /** Details: the row the same numbering was first written on (Integer). */
        NUMBER_REPEATED("numberRepeated"),
        /** Details: the area's maximum, its criteria's sum (BigDecimal both). */
        AREA_SUM_DIFFERS("areaSumDiffers"),
        /** Details: the criterion's maximum, its sub-criteria's sum (BigDecimal both). */
        SUM_DIFFERS("sumDiffers"),
        /** Details: the totals row's figure, the areas' sum (BigDecimal both). The numbering is blank. */
        TOTAL_DIFFERS("totalDiffers");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The last part of the bundle key. */
        public String key() {
            return key;
        }
    }

    private final Kind kind;
    private final int row;
    private final String numbering;
    private final transient List<Object> details;

    CriteriaRefused(Kind kind, int row, String numbering, Object... details) {
        super(kind + " row " + row + " " + numbering + " " + List.of(details), null, false, false);
        this.kind = kind;
        this.row = row;
        this.numbering = numbering;
        this.details = List.of(details);
    }

    /** A refusal of the whole table, on no row. */
    CriteriaRefused(Kind kind) {
        this(kind, 0, "");
    }

    public Kind kind() {
        return kind;
    }

    /** The row number the user sees in the file; 0 when the refusal is about the whole table. */
    public int row() {
        return row;
    }

    /** The line's numbering as written ("1.3", "II", "b"); "" when it has none or the refusal is on no line. */
    public String numbering() {
        return numbering;
    }

    /** The figures the sentence names, as {@link Kind} lists them. */
    public List<Object> details() {
        return details;
    }
}
