package vn.cchc.dashboard.domain.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One province's published result: its name as the file writes it, its total and its component scores, all
 * percentages with two decimals.
 *
 * @param components one score per component of the year's results, in the same order; null where the file left
 *                   the cell blank
 */
public record ProvinceScore(String province, BigDecimal total, List<BigDecimal> components) {

    public ProvinceScore {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(total, "total");
        // Unmodifiable but null-tolerant: a blank component is "not published", never 0.
        components = Collections.unmodifiableList(new ArrayList<>(components));
    }

    /** The score of component {@code index}, or null when it was not published for this province. */
    public BigDecimal component(int index) {
        return index < components.size() ? components.get(index) : null;
    }
}
