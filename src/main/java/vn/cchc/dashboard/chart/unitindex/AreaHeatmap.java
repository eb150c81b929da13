package vn.cchc.dashboard.chart.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.i18n.Messages;

/**
 * What the heatmap draws: a row per unit with an index, in announced order ("1. Sở Tư pháp"), a column per area of the
 * criteria set, and in each cell the percentage the unit scored of what applies to it in that area, or null where
 * nothing in the area applies to it (greyed, "–").
 */
record AreaHeatmap(List<String> rows, List<Area> areas, List<List<BigDecimal>> cells, List<String> notes) {

    /** An area (level 1) of the criteria set: its code as numbered ("3") and its title. */
    record Area(String code, String title) {
    }

    AreaHeatmap {
        rows = List.copyOf(rows);
        areas = List.copyOf(areas);
        cells = cells.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        notes = List.copyOf(notes);
    }

    static AreaHeatmap of(List<IndexRanking.Ranked> ranking, CriteriaSet set, Messages messages) {
        List<Area> areas = set.criteria().stream().filter(c -> c.level() == 1).map(c -> new Area(c.code(), c.title())).toList();
        List<String> rows = new ArrayList<>();
        List<List<BigDecimal>> cells = new ArrayList<>();
        for (IndexRanking.Ranked r : UnitIndexCharts.indexed(ranking)) {
            rows.add(UnitIndexCharts.label(r, messages));
            List<BigDecimal> row = new ArrayList<>();
            for (Area area : areas) {
                row.add(r.result().scoredPercent(area.code()));
            }
            cells.add(row);
        }
        return new AreaHeatmap(rows, areas, cells, UnitIndexCharts.notes(ranking, messages));
    }

    boolean isEmpty() {
        return rows.isEmpty() || areas.isEmpty();
    }

    /** The lowest percentage in any cell, or 100 when there is none. */
    double lowest() {
        return cells.stream().flatMap(List::stream).filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue)
                .min().orElse(100);
    }
}
