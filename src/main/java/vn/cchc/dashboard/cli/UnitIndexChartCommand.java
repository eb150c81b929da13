package vn.cchc.dashboard.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.chart.unitindex.UnitIndexCharts;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code unit-index chart --year Y --group so-nganh --kind ranking|heatmap --out FILE.png|FILE.svg [--preset …]}: the
 * group's ranking or its points by area as a picture for a report or a slide, written as the {@code chart} command
 * writes the overview's.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false)
final class UnitIndexChartCommand implements Callable<Integer> {

    /** The two charts; Vietnamese names too, as a clerk may type them. */
    enum Kind { RANKING, HEATMAP }

    @ParentCommand
    UnitIndexCommand parent;

    @Mixin
    UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

    @Option(names = "--kind", paramLabel = "ranking|heatmap", defaultValue = "ranking",
            descriptionKey = "option.unit-index-chart-kind")
    String kind;

    @Mixin
    ChartFileOptions file = new ChartFileOptions();

    @Override
    public Integer call() {
        Messages messages = parent.root.messages();
        Kind chosen = kind(kind, messages);
        file.check(messages);
        List<IndexRanking.Ranked> ranking;
        CriteriaSet set;
        try (AppContext context = parent.root.openForReading()) {
            ranking = context.unitIndex().ranking(which.year, which.group());
            set = context.unitIndex().criteria(which.year, which.group());
        }
        ExportableChart chart = chosen == Kind.RANKING
                ? UnitIndexCharts.ranking(ranking, which.year, which.group(), messages)
                : UnitIndexCharts.heatmap(ranking, set, messages);
        file.write(chart, messages);
        return parent.said("chart.written", chart.title(), file.out.toAbsolutePath());
    }

    static Kind kind(String typed, Messages messages) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "ranking", "xep-hang" -> Kind.RANKING;
            case "heatmap", "linh-vuc" -> Kind.HEATMAP;
            default -> throw new UsageException(messages.format("unitIndex.chart.kind.unknown", typed));
        };
    }
}
