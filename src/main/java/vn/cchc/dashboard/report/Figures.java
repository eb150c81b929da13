package vn.cchc.dashboard.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.UnitProgress;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceNames;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.i18n.Language;

/**
 * The report's charts with their numbered captions and their series. Numbered in the order they are asked
 * for, which is the order they appear; none when charts are left out or there is nothing to draw.
 */
final class Figures {

    /** A slide or an A4 figure stays legible with this many units; the annex lists them all. */
    static final int UNITS_SHOWN = 20;

    private final ReportFacts facts;
    private final Words words;
    private int count;

    Figures(ReportFacts facts, Words words) {
        this.facts = facts;
        this.words = words;
    }

    private boolean drawn() {
        return facts.in.includes(ReportPart.CHARTS) && facts.hasData();
    }

    private String caption(String titleKey) {
        return words.format("report.figure.caption", ++count, words.get(titleKey), words.f().date(facts.asOf));
    }

    Optional<ReportFigure> status() {
        if (!drawn()) {
            return Optional.empty();
        }
        ProgressCount all = facts.overall();
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (DeadlineCategory c : DeadlineCategory.values()) {
            names.add(words.get("category." + c.name()));
            values.add((double) all.count(c));
        }
        String title = words.get("chart.STATUS_DONUT.title");
        return Optional.of(new ReportFigure(ReportFigure.Kind.STATUS, caption("chart.STATUS_DONUT.title"), title, names,
                List.of(new ReportFigure.Series(words.get("report.figure.tasks"), values)), false, false, null));
    }

    Optional<ReportFigure> areas() {
        if (!drawn()) {
            return Optional.empty();
        }
        boolean english = words.messages().language() == Language.EN;
        List<AreaProgress> areas = facts.summary.byArea();
        List<String> names = areas.stream().map(a -> a.area().name(english)).toList();
        List<ReportFigure.Series> series = new ArrayList<>();
        for (DeadlineCategory c : DeadlineCategory.values()) {
            series.add(new ReportFigure.Series(words.get("category." + c.name()),
                    areas.stream().map(a -> (double) a.count().count(c)).toList()));
        }
        return Optional.of(new ReportFigure(ReportFigure.Kind.AREAS, caption("chart.AREA_PROGRESS.title"),
                words.get("chart.AREA_PROGRESS.title"), names, series, true, false, null));
    }

    /**
     * Every province's total in the national results, first to last, the province picked out in the picture; numbered
     * with the others, and captioned with the results' year rather than the report's as-of date.
     */
    Optional<ReportFigure> nationalRanking(Standing standing) {
        if (!facts.in.includes(ReportPart.CHARTS)) {
            return Optional.empty();
        }
        NationalResults results = standing.results();
        String title = words.format("national.chart.ranking.title", words.get("national.index." + results.kind().name()),
                String.valueOf(results.year()));
        List<String> names = results.ranked().stream().map(r -> r.rank() + ". "
                + ProvinceNames.withoutPrefix(r.province())).toList();
        List<Double> totals = results.ranked().stream().map(r -> r.score().total().doubleValue()).toList();
        return Optional.of(new ReportFigure(ReportFigure.Kind.NATIONAL_RANK,
                words.format("report.figure.caption.national", ++count, title), title, names,
                List.of(new ReportFigure.Series(words.get("national.index." + results.kind().name()), totals)), false,
                true, null, standing));
    }

    /**
     * The lead units' completion rates, lowest first, at most {@link #UNITS_SHOWN}; with more units than that, a
     * note says which part it shows, so that a reader does not take 20 bars for all the province's units.
     */
    Optional<ReportFigure> units() {
        if (!drawn()) {
            return Optional.empty();
        }
        List<UnitProgress> all = facts.summary.byUnit();
        List<UnitProgress> units = all.stream()
                .sorted(Comparator.comparing((UnitProgress u) -> u.count().percent()))
                .limit(UNITS_SHOWN).toList();
        String note = units.size() < all.size() ? words.format("report.figure.units.part",
                words.f().count(units.size()), words.f().count(all.size())) : null;
        return Optional.of(new ReportFigure(ReportFigure.Kind.UNITS, caption("chart.UNIT_PROGRESS.title"),
                words.get("chart.UNIT_PROGRESS.title"), units.stream().map(u -> u.unit().displayName()).toList(),
                List.of(new ReportFigure.Series(words.get("report.figure.rate"),
                        units.stream().map(u -> u.count().percent().doubleValue()).toList())), false, true, note));
    }
}
