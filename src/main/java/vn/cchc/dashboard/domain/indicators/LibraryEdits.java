package vn.cchc.dashboard.domain.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.cchc.dashboard.domain.FieldChange;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorTarget;

/**
 * What an edit of the indicator library changed, field by field, as its history keeps it. Values are kept as plain
 * text (numbers with a dot, codes as stored); the window words them.
 */
public final class LibraryEdits {

    private LibraryEdits() {
    }

    /** The fields of the definition that differ, in the order of the form. */
    public static List<FieldChange> between(Indicator before, Indicator after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "name", before, after, Indicator::name);
        compare(changes, "area", before, after, Indicator::areaCode);
        compare(changes, "type", before, after, i -> i.type().name());
        compare(changes, "numerator", before, after, Indicator::numeratorLabel);
        compare(changes, "denominator", before, after, Indicator::denominatorLabel);
        compare(changes, "direction", before, after, i -> i.higherIsBetter() ? "HIGHER" : "LOWER");
        compare(changes, "measureUnit", before, after, Indicator::measureUnit);
        compare(changes, "source", before, after, Indicator::targetSource);
        compare(changes, "maxValue", before, after, i -> plain(i.maxValue()));
        compare(changes, "retiredOn", before, after, i -> i.retiredOn() == null ? null : i.retiredOn().toString());
        return changes;
    }

    /** A year's target set or changed: "target.2026" from "80 · NQ 76" to "85 · KH 171 (2025: 67.32)". */
    public static List<FieldChange> between(IndicatorTarget before, IndicatorTarget after) {
        String was = before == null ? null : text(before);
        String now = after == null ? null : text(after);
        int year = after != null ? after.year() : before.year();
        return Objects.equals(was, now) ? List.of() : List.of(new FieldChange("target." + year, was, now));
    }

    /** Milestones of a year set or changed, as one line each way ("2026-H1: 75; 2026-9M: 80"). */
    public static List<FieldChange> between(int year, List<Milestone> before, List<Milestone> after) {
        String was = text(before);
        String now = text(after);
        return Objects.equals(was, now) ? List.of() : List.of(new FieldChange("milestones." + year, was, now));
    }

    private static String text(IndicatorTarget t) {
        String base = plain(t.value()) + " · " + t.document();
        return t.baseline() == null ? base : base + " (" + t.baselineYear() + ": " + plain(t.baseline()) + ")";
    }

    private static String text(List<Milestone> milestones) {
        return milestones.isEmpty() ? null : String.join("; ", milestones.stream()
                .sorted(java.util.Comparator.comparing(Milestone::period))
                .map(m -> m.period().code() + ": " + plain(m.value())).toList());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static void compare(List<FieldChange> changes, String field, Indicator before, Indicator after,
                                Function<Indicator, String> value) {
        String a = value.apply(before);
        String b = value.apply(after);
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(field, a, b));
        }
    }
}
