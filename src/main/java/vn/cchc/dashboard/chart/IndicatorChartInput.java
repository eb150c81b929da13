package vn.cchc.dashboard.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;

/**
 * The figures of one indicator across units for one period, with the year's target and the provincial
 * average: what the Chỉ số screen's chart draws. Units furthest from "good" come first.
 *
 * @param target  the year's target, or null when none is set
 * @param average the province-wide figure, or null when no unit reported
 */
public record IndicatorChartInput(Indicator indicator, ReportPeriod period, String periodName, List<Bar> bars,
                                  IndicatorTarget target, BigDecimal average, LocalDate dataDate, String source) {

    /** One unit's bar: its figure and verdict; units without a figure are left out of the chart. */
    public record Bar(int order, String name, String fullName, BigDecimal value, IndicatorReading.Verdict verdict)
            implements Comparable<Bar> {

        @Override
        public int compareTo(Bar other) {
            return Integer.compare(order, other.order);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public IndicatorChartInput {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        bars = List.copyOf(bars);
    }

    /**
     * @param units      the units to show, as they are named on the chart
     * @param periodName the period in the reader's words ("9 tháng năm 2026")
     * @param source     who the figures come from, for the footer
     */
    public static IndicatorChartInput of(IndicatorBook book, Indicator indicator, ReportPeriod period, List<Unit> units,
                                         String periodName, LocalDate dataDate, String source) {
        record Reading(Unit unit, IndicatorReading reading) {
            BigDecimal figure() {
                return reading.value().value();
            }
        }
        Comparator<Reading> worstFirst = Comparator.comparing(Reading::figure);
        if (!indicator.higherIsBetter()) {
            worstFirst = worstFirst.reversed();
        }
        List<Reading> readings = units.stream()
                .map(u -> new Reading(u, book.reading(indicator, u.id(), period)))
                .filter(r -> r.reading().value() != null && r.reading().value().value() != null)
                .sorted(worstFirst.thenComparing(r -> r.unit().name(), Text.vietnameseOrder()))
                .toList();
        List<Bar> bars = new ArrayList<>();
        for (Reading r : readings) {
            bars.add(new Bar(bars.size(), r.unit().displayName(), r.unit().name(), r.reading().value().value(),
                    r.reading().verdict()));
        }
        return new IndicatorChartInput(indicator, period, periodName, bars,
                book.target(indicator.code(), period.year()).orElse(null),
                book.average(indicator, period).orElse(null), dataDate, source);
    }
}
