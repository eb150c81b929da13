package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.util.List;

/**
 * Settles every line's maximum once the outline is known: a scored line (one without children) must have its own;
 * a parent's is the sum of its children's, taken as that sum when the file leaves it blank and refused when the file
 * writes another figure — a unit's index is divided by the maximum, so one wrong sum skews every unit's index.
 */
final class CriteriaPoints {

    private CriteriaPoints() {
    }

    /** @throws CriteriaRefused for a scored line without points, or a parent that is not the sum of its children */
    static void settle(List<DraftLine> areas) {
        areas.forEach(CriteriaPoints::foldDescriptions);
        for (DraftLine area : areas) {
            resolve(area);
        }
    }

    /**
     * Bullets without points under a line that has points describe that line ("- Ban hành đúng thời hạn;" "- Đủ nội
     * dung theo hướng dẫn.") rather than divide its points: they join its guidance instead of becoming lines.
     */
    private static void foldDescriptions(DraftLine line) {
        line.children.forEach(CriteriaPoints::foldDescriptions);
        boolean describing = line.points != null && !line.children.isEmpty() && line.children.stream()
                .allMatch(c -> c.numbering.isBullet() && c.points == null && c.children.isEmpty());
        if (describing) {
            for (DraftLine bullet : line.children) {
                line.guidance.add(bullet.written() + " " + bullet.title);
                line.guidance.addAll(bullet.guidance);
            }
            line.children.clear();
        }
    }

    private static BigDecimal resolve(DraftLine line) {
        if (line.children.isEmpty()) {
            if (line.points == null) {
                throw new CriteriaRefused(CriteriaRefused.Kind.NO_POINTS, line.row, line.written(), line.pointsCell);
            }
            return line.points;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (DraftLine child : line.children) {
            sum = sum.add(resolve(child));
        }
        sum = PointsText.tidy(sum);
        if (line.points == null) {
            line.points = sum;
        } else if (line.points.compareTo(sum) != 0) {
            CriteriaRefused.Kind kind = line.level() == 1
                    ? CriteriaRefused.Kind.AREA_SUM_DIFFERS : CriteriaRefused.Kind.SUM_DIFFERS;
            throw new CriteriaRefused(kind, line.row, line.written(), line.points, sum);
        }
        return line.points;
    }
}
