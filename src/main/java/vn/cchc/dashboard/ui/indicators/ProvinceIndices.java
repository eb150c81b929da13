package vn.cchc.dashboard.ui.indicators;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.indicators.IndicatorsViewModel.IndexRow;

/**
 * The Chỉ số screen's second table: the province's own indices (PAR INDEX, SIPAS and their parts, indented) by year,
 * one column for each year any of them has a figure, "–" where one has none. Indices are scored once a year for the
 * whole province, so they do not fit the table of units by period.
 */
final class ProvinceIndices {

    /** The years, in order, and a row per index. */
    record Table(List<Integer> years, List<IndexRow> rows) {
    }

    private ProvinceIndices() {
    }

    static Table of(IndicatorBook book, Messages messages) {
        List<Indicator> indices = book.indicators().stream().filter(Indicator::provinceWide).toList();
        List<Integer> years = book.values().stream()
                .filter(v -> indices.stream().anyMatch(i -> i.code().equals(v.indicatorCode())))
                .map(v -> v.period().year()).distinct().sorted().toList();
        List<IndexRow> built = new ArrayList<>();
        for (Indicator index : indices) {
            List<String> cells = years.stream().map(y -> book.values().stream()
                    .filter(v -> v.indicatorCode().equals(index.code()) && v.period().year() == y && v.value() != null)
                    .findFirst().map(v -> IndicatorWording.figure(index, v.value(), messages)).orElse("–")).toList();
            built.add(new IndexRow((index.parentCode() == null ? "" : "    ") + IndicatorWording.name(index, messages), cells));
        }
        return new Table(years, built);
    }
}
