package vn.cchc.dashboard.ui.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.IndicatorValue;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;
import vn.cchc.dashboard.ui.indicators.IndicatorsViewModel.Cell;
import vn.cchc.dashboard.ui.indicators.IndicatorsViewModel.Row;

/**
 * The Chỉ số screen's table for one period, in words: the province's row first, then a row for each reporting unit
 * that existed in the period or reported in it (departments and boards before districts and communes), and in each
 * row a cell per indicator – the figure, its verdict against the target, how it was counted, and its trend; and the
 * line that says how many units reported.
 */
final class PeriodRows {

    /** The kinds of unit that report figures. */
    static final Set<UnitKind> REPORTING = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.BOARD, UnitKind.DISTRICT,
            UnitKind.COMMUNE);

    private final Messages messages;

    PeriodRows(Messages messages) {
        this.messages = messages;
    }

    /**
     * The rows of period {@code p} for the indicators {@code columns}, each cell with its trend over {@code trendPeriods};
     * {@code reporting} the ids of the units that reported in the period.
     */
    List<Row> build(IndicatorBook book, List<Unit> units, List<Indicator> columns, ReportPeriod p,
                    List<ReportPeriod> trendPeriods, Set<Long> reporting) {
        Comparator<Unit> order = Comparator.comparing((Unit u) -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.COMMUNE)
                .thenComparing(Unit::name, Text.vietnameseOrder());
        List<Row> built = new ArrayList<>();
        built.add(provinceRow(book, columns, p, trendPeriods));
        units.stream().filter(u -> REPORTING.contains(u.kind()))
                .filter(u -> u.existsDuring(p.start(), p.end()) || reporting.contains(u.id()))
                .sorted(order)
                .forEach(u -> built.add(new Row(u, u.displayName(), columns.stream().map(i -> cell(book.reading(i, u.id(), p),
                        book.trend(i, u.id(), trendPeriods))).toList())));
        return built;
    }

    /** "Quý I/2026 (01/01/2026 – 31/03/2026): 12 đơn vị đã báo cáo. …", or that the period has no figures yet. */
    String status(ReportPeriod p, long reported) {
        return reported == 0 ? messages.format("indicator.period.empty", PeriodWording.name(p, messages))
                : messages.format("indicator.period.status", PeriodWording.name(p, messages),
                messages.formats().count(reported), messages.formats().date(p.start()), messages.formats().date(p.end()));
    }

    private Row provinceRow(IndicatorBook book, List<Indicator> columns, ReportPeriod p, List<ReportPeriod> trendPeriods) {
        List<Cell> cells = columns.stream().map(i -> cell(book.provinceReading(i, p),
                trendPeriods.stream().map(t -> book.average(i, t).orElse(null)).toList())).toList();
        return new Row(null, messages.get("indicator.province"), cells);
    }

    private Cell cell(IndicatorReading reading, List<BigDecimal> trend) {
        String explanation = IndicatorWording.verdict(reading, messages);
        IndicatorValue v = reading.value();
        if (v != null && v.denominator() != null) {
            Formats f = messages.formats();
            explanation += "\n" + reading.indicator().numeratorLabel() + ": " + f.count(v.numerator().longValue())
                    + "\n" + reading.indicator().denominatorLabel() + ": " + f.count(v.denominator().longValue());
        }
        return new Cell(IndicatorWording.cell(reading, messages), reading.verdict(), explanation, trend);
    }
}
