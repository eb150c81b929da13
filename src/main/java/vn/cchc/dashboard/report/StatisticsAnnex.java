package vn.cchc.dashboard.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticsDigest;
import vn.cchc.dashboard.domain.statistics.StatisticsTotal;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.PeriodWording;

/**
 * The statistics annex table: every item of the year's table under its area, the period's figure and rate beside the
 * same period of the year before, the change as the text states it (see {@link StatisticsLines}), the target, and
 * how many units the figure comes from; an item nobody sent says so in place of a number.
 */
final class StatisticsAnnex {

    private static final String NONE = "–";

    private final ReportFacts facts;
    private final Words words;
    private final StatisticsDigest digest;

    StatisticsAnnex(ReportFacts facts, Words words) {
        this.facts = facts;
        this.words = words;
        this.digest = facts.in.statistics();
    }

    AnnexTable table(int number) {
        Formats f = words.f();
        String period = PeriodWording.name(digest.period(), words.messages());
        String earlier = PeriodWording.name(digest.earlier(), words.messages());
        List<AnnexTable.Column> columns = List.of(column("number", 0.6, false), column("statistic", 3.0, false),
                column("measure", 0.8, false), new AnnexTable.Column(period, 1.1, true), column("rate", 0.9, true),
                new AnnexTable.Column(earlier, 1.1, true), column("earlierRate", 0.9, true),
                column("change", 1.4, true), column("target", 0.8, true), column("reporting", 0.9, true));
        List<List<String>> rows = new ArrayList<>();
        int group = 0;
        for (Map.Entry<String, List<StatisticItem>> area : byArea().entrySet()) {
            rows.add(groupRow(Words.roman(++group), area.getKey()));
            List<StatisticItem> items = area.getValue();
            for (int i = 0; i < items.size(); i++) {
                rows.add(row(f.count(i + 1), items.get(i)));
            }
        }
        String title = words.format("report.annex.table", number, words.format("report.annex.statistics", period),
                f.date(facts.asOf));
        return new AnnexTable(title, columns, rows, null, words.format("report.annex.statistics.note",
                f.ratio(digest.status().sent().size(), digest.status().expected())));
    }

    private AnnexTable.Column column(String key, double weight, boolean numeric) {
        return new AnnexTable.Column(words.get("report.annex.column." + key), weight, numeric);
    }

    /** The items under their areas' names, in the report's order of areas, other areas after them. */
    private Map<String, List<StatisticItem>> byArea() {
        boolean english = words.messages().language() == Language.EN;
        Map<String, String> names = new LinkedHashMap<>();
        for (AreaProgress a : facts.summary.byArea()) {
            names.put(a.area().code(), a.area().name(english));
        }
        Map<String, List<StatisticItem>> grouped = new LinkedHashMap<>();
        names.forEach((code, name) -> {
            List<StatisticItem> items = digest.table().items().stream().filter(i -> i.areaCode().equals(code)).toList();
            if (!items.isEmpty()) {
                grouped.put(name, items);
            }
        });
        List<StatisticItem> others = digest.table().items().stream().filter(i -> !names.containsKey(i.areaCode())).toList();
        if (!others.isEmpty()) {
            grouped.put(words.get("report.statistics.other"), others);
        }
        return grouped;
    }

    private static List<String> groupRow(String number, String name) {
        List<String> row = new ArrayList<>(List.of(number, name));
        while (row.size() < 10) {
            row.add("");
        }
        return row;
    }

    private List<String> row(String number, StatisticItem item) {
        Formats f = words.f();
        Optional<StatisticsTotal> now = digest.total(item.code()).filter(t -> t.units() > 0);
        Optional<StatisticsTotal> then = digest.earlier(item.code());
        String sum = now.map(t -> f.compact(t.sum())).orElse(words.get("report.annex.statistics.missing"));
        String rate = now.map(StatisticsTotal::rate).map(f::percent).orElse(NONE);
        return List.of(number, item.label(), item.measureUnit(), sum, rate,
                then.map(t -> f.compact(t.sum())).orElse(NONE), then.map(StatisticsTotal::rate).map(f::percent).orElse(NONE),
                change(item, now, then), target(item, now), now.map(t -> f.ratio(t.units(), digest.status().expected()))
                        .orElse(f.ratio(0, digest.status().expected())));
    }

    /** "+0,59 điểm %" for a rate, "+12 (8,45%)" for a sum every unit sent, "–" where the text compares nothing. */
    private String change(StatisticItem item, Optional<StatisticsTotal> now, Optional<StatisticsTotal> then) {
        if (now.isEmpty() || then.isEmpty()) {
            return NONE;
        }
        if (now.get().rate() != null) {
            return then.get().rate() == null ? NONE : words.format("report.annex.statistics.points",
                    signed(now.get().rate().subtract(then.get().rate()), true));
        }
        if (item.isNumerator() || !digest.complete(item.code())) {
            return NONE;
        }
        BigDecimal before = then.get().sum();
        BigDecimal by = now.get().sum().subtract(before);
        return before.signum() == 0 ? signed(by, false)
                : signed(by, false) + " (" + words.f().percent(StatisticsLines.percentOf(by, before)) + ")";
    }

    /** "+12", "−0,59": the change with its sign, as annex tables print it. */
    private String signed(BigDecimal change, boolean rate) {
        Formats f = words.f();
        String magnitude = rate ? f.decimal(change.abs()) : f.compact(change.abs());
        return change.signum() > 0 ? "+" + magnitude : change.signum() < 0 ? "−" + magnitude : magnitude;
    }

    private String target(StatisticItem item, Optional<StatisticsTotal> now) {
        return facts.statisticReading(item, now.map(StatisticsTotal::rate).orElse(null))
                .filter(r -> r.target() != null)
                .map(r -> IndicatorWording.targetRule(r.indicator(), r.target().value(), words.messages())).orElse(NONE);
    }
}
