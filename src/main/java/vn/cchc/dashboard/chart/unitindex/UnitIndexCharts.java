package vn.cchc.dashboard.chart.unitindex;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The charts of the province's own reform index of a group of its units (Chỉ số CCHC của các sở, ban, ngành / UBND
 * cấp xã): the ranking as announced, and what each unit scored in each area. Each is an {@link ExportableChart}: the
 * screen shows its {@code node()}, files and slides take its PNG or SVG. Dated the last day of the year scored.
 */
public final class UnitIndexCharts {

    private UnitIndexCharts() {
    }

    /**
     * The group's units in announced order, rank 1 at the top, each bar labelled with its index, the group's average
     * as a dashed line; units without an index are left out and named in a note.
     *
     * @param ranking as {@code UnitIndexService.ranking(year, group)} returns it
     */
    public static ExportableChart ranking(List<IndexRanking.Ranked> ranking, int year, IndexGroup group, Messages messages) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(messages, "messages");
        return new ExportableChart(name("xep-hang", year, group), title(year, group, messages), yearEnd(year),
                () -> RankingChart.build(ranking, year, group, messages), RankingChart.minimumLayoutHeight(ranking));
    }

    /**
     * Units (rows, in ranking order) × the criteria set's areas (columns): the points each unit scored in each area as a
     * percentage of what applies to it there, on a sequential colour scale; an area the unit is exempt from is greyed.
     *
     * @param ranking as {@code UnitIndexService.ranking(set.year(), set.group())} returns it
     * @param set     the criteria set the ranking was scored on
     */
    public static ExportableChart heatmap(List<IndexRanking.Ranked> ranking, CriteriaSet set, Messages messages) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(messages, "messages");
        AreaHeatmap map = AreaHeatmap.of(ranking, set, messages);
        return new ExportableChart(name("linh-vuc", set.year(), set.group()), heatmapTitle(set.year(), set.group(), messages),
                yearEnd(set.year()), () -> HeatmapChart.build(map, set.year(), set.group(), messages),
                HeatmapChart.minimumLayoutHeight(map));
    }

    /** "Chỉ số CCHC năm 2025 của các sở, ban, ngành": the ranking's title, as the command line's ranking heads it. */
    public static String title(int year, IndexGroup group, Messages messages) {
        return messages.format("unitIndex.rank.header." + group.name(), String.valueOf(year));
    }

    static String heatmapTitle(int year, IndexGroup group, Messages messages) {
        return messages.format("unitIndex.chart.heatmap.title", title(year, group, messages));
    }

    /** "1. Sở Tư pháp", or "5= Sở Y tế" for a shared rank. */
    static String label(IndexRanking.Ranked r, Messages messages) {
        return messages.format(r.tied() ? "unitIndex.chart.row.tied" : "unitIndex.chart.row", String.valueOf(r.rank()),
                r.result().unitName());
    }

    /** The units with an index, in announced order: the ones a chart draws. */
    static List<IndexRanking.Ranked> indexed(List<IndexRanking.Ranked> ranking) {
        return ranking.stream().filter(r -> r.result().index() != null).toList();
    }

    /**
     * The notes under a chart of the ranking: what "=" means when ranks are shared, which units are left out (no
     * index), and that results still missing scores are provisional. Empty when none applies.
     */
    static List<String> notes(List<IndexRanking.Ranked> ranking, Messages messages) {
        List<String> notes = new java.util.ArrayList<>();
        if (ranking.stream().anyMatch(IndexRanking.Ranked::tied)) {
            notes.add(messages.get("unitIndex.chart.ties"));
        }
        String omitted = ranking.stream().filter(r -> r.result().index() == null).map(r -> r.result().unitName())
                .collect(Collectors.joining(", "));
        if (!omitted.isEmpty()) {
            notes.add(messages.format("unitIndex.chart.omitted", omitted));
        }
        long provisional = indexed(ranking).stream().filter(r -> !r.result().complete()).count();
        if (provisional > 0) {
            notes.add(messages.format("unitIndex.chart.provisional", messages.formats().count(provisional)));
        }
        return notes;
    }

    static String footer(int year, Messages messages) {
        return messages.format("unitIndex.chart.footer", String.valueOf(year));
    }

    /** "xep-hang-so-nganh-2025": the files' name. */
    private static String name(String what, int year, IndexGroup group) {
        String g = switch (group) {
            case DEPARTMENTS -> "so-nganh";
            case COMMUNES -> "xa";
            case DISTRICTS -> "huyen";
        };
        return (what + "-" + g + "-" + year).toLowerCase(Locale.ROOT);
    }

    private static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
