package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the table while the set is read: as written, then placed in the outline (code and parent), then its
 * maximum settled from its children. Mutable, and never leaves the reader.
 */
final class DraftLine {

    final int row;
    final Numbering numbering;
    final String title;
    /** The points as written, null when the cell is blank. */
    BigDecimal points;
    /** The points cell, for a problem's place ("C14"). */
    final String pointsCell;
    final List<String> guidance = new ArrayList<>();
    String code;
    String parentCode;
    DraftLine parent;
    final List<DraftLine> children = new ArrayList<>();

    DraftLine(int row, Numbering numbering, String title, BigDecimal points, String pointsCell, List<String> guidance) {
        this.row = row;
        this.numbering = numbering;
        this.title = title;
        this.points = points;
        this.pointsCell = pointsCell;
        this.guidance.addAll(guidance);
    }

    String written() {
        return numbering.written();
    }

    int level() {
        return code.split("\\.").length;
    }

    Criterion criterion(int order) {
        return new Criterion(code, parentCode, title, points, String.join("\n", guidance), order);
    }
}
