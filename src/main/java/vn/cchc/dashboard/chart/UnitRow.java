package vn.cchc.dashboard.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.UnitGroup;
import vn.cchc.dashboard.domain.UnitProgress;

/**
 * One bar of the unit chart. The label is shortened for the axis, so two units may share one: the bar is
 * keyed by the unit's id, and its {@code toString} is what the axis prints.
 */
record UnitRow(long id, String label, String fullName, UnitGroup group, int completed, int planned,
               BigDecimal percent, LaggingUnit.Verdict verdict) implements Comparable<UnitRow> {

    static final int MAX_LABEL_LENGTH = 30;

    /**
     * Lagging units first (where verdicts are known), then the lowest completion rate; among equals, the unit with more
     * tasks (further behind in tasks), then by name.
     */
    static final Comparator<UnitRow> LAGGING_FIRST = Comparator
            .comparing((UnitRow r) -> r.verdict() != LaggingUnit.Verdict.LAGGING)
            .thenComparing(UnitRow::percent)
            .thenComparing(Comparator.comparingInt(UnitRow::planned).reversed())
            .thenComparing(UnitRow::fullName, Text.vietnameseOrder());

    /** The unit's bar, under the group its kind had on {@code asOf} (no "cấp huyện" from 1/7/2025). */
    static UnitRow of(UnitProgress progress, LocalDate asOf, LaggingUnit.Verdict verdict) {
        String shown = progress.unit().shortName() != null ? progress.unit().shortName() : progress.unit().name();
        return new UnitRow(progress.unit().id(), abbreviate(shown), progress.unit().name(),
                UnitGroup.of(progress.unit(), asOf), progress.count().completed(), progress.count().planned(),
                progress.count().percent(), verdict);
    }

    static List<UnitRow> inGroup(List<UnitRow> rows, UnitGroup group) {
        return rows.stream().filter(r -> r.group == group).toList();
    }

    /** At most {@code MAX_LABEL_LENGTH} characters, cut at a word when one ends near the limit, then "…". */
    static String abbreviate(String name) {
        if (name.length() <= MAX_LABEL_LENGTH) {
            return name;
        }
        String cut = name.substring(0, MAX_LABEL_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        if (space >= MAX_LABEL_LENGTH - 10) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,.;:–-]+$", "") + "…";
    }

    @Override
    public int compareTo(UnitRow other) {
        return Long.compare(id, other.id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitRow row && row.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return label;
    }
}
