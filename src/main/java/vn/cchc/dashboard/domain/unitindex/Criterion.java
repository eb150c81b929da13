package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a criteria set (Bộ tiêu chí) as the province's decision numbers it: an area ("I", "1" at the top), a
 * criterion ("1.1") or a sub-criterion ("1.1.1"), with its maximum points and the scoring guidance. Only the leaves
 * are scored; a parent's maximum is the sum of its children's.
 *
 * @param code       the numbering as written, normalised: "1", "1.1", "1.1.1" (an area written "I" becomes "1", so that "1.1" is the first criterion of area "1")
 * @param parentCode the code of the line it belongs to; null for an area
 * @param title      what is assessed, NFC, white space folded
 * @param maxPoints  the maximum points (the "Điểm tối đa" column)
 * @param guidance   how it is scored and what evidence counts ("Hướng dẫn chấm điểm / tài liệu kiểm chứng"); may be
 *                   empty
 * @param order      its place in the set, from 1
 */
public record Criterion(String code, String parentCode, String title, BigDecimal maxPoints, String guidance, int order) {

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(maxPoints, "maxPoints");
        guidance = guidance == null ? "" : guidance;
    }

    /** 1 for an area, 2 for a criterion, 3 for a sub-criterion… */
    public int level() {
        return code.split("\\.").length;
    }
}
