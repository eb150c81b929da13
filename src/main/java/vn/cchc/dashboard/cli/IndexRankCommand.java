package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.national.NationalResultsService;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.chart.NationalCharts;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceNames;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.NationalWording;

/**
 * {@code index-rank [--index par|sipas] [--year Y] [--province NAME] [--json] [--chart FILE]}: where the province
 * stands in the imported PAR INDEX and SIPAS results – rank, gaps to the national average and the best, each
 * component, and the year before when it was imported. By default every index imported, each in its latest year, for
 * the province of the report settings. {@code --chart} writes the ranking chart (png or svg, by the file's ending).
 * Exit code 3 when nothing was imported, no province is named, or the province is not in the results.
 */
@Command(name = "index-rank", mixinStandardHelpOptions = true, sortOptions = false)
final class IndexRankCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--index", paramLabel = "par|sipas", descriptionKey = "option.index-shown")
    String index;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "option.index-year-shown")
    Integer year;

    @Option(names = "--province", paramLabel = "NAME", descriptionKey = "option.province")
    String province;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--chart", paramLabel = "FILE", descriptionKey = "option.index-chart")
    Path chart;

    /** The index the command line named; a sentence and exit code 2 for anything else. */
    static IndexKind kind(String name, Messages messages) {
        return IndexKind.parse(name).orElseThrow(() -> new UsageException(messages.format("national.cli.badIndex", name)));
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Messages messages = root.messages();
        IndexKind only = index == null ? null : kind(index, messages);
        if (chart != null && only == null) {
            throw new UsageException(messages.get("national.cli.chartNeedsIndex"));
        }
        List<Standing> standings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        ZoneId zone;
        try (AppContext context = root.openExisting()) {
            zone = context.clock().getZone();
            NationalResultsService service = context.nationalResults();
            Map<IndexKind, List<Integer>> years = service.years();
            if (years.isEmpty()) {
                throw AppException.invalidInput("national.cli.none");
            }
            String name = province != null ? province.strip() : service.province();
            if (name.isEmpty()) {
                throw AppException.invalidInput("national.noProvince.cli");
            }
            for (IndexKind kind : only == null ? List.of(IndexKind.values()) : List.of(only)) {
                List<Integer> imported = years.getOrDefault(kind, List.of());
                int wanted = year != null ? year : imported.isEmpty() ? -1 : imported.get(imported.size() - 1);
                NationalResults results = wanted < 0 ? null : service.results(kind, wanted).orElse(null);
                if (results == null) {
                    missing.add(wanted < 0 ? messages.format("national.cli.noResults.any", NationalWording.index(kind, messages))
                            : messages.format("national.cli.noResults", NationalWording.index(kind, messages),
                            String.valueOf(wanted)));
                    continue;
                }
                standings.add(service.standing(results, name).orElseThrow(() -> AppException.invalidInput(
                        "national.provinceMissing", name, NationalWording.title(results, messages))));
            }
        }
        if (standings.isEmpty()) {
            throw AppException.invalidInput("national.cli.noneOf", String.join(" ", missing));
        }
        PrintWriter out = root.environment().out();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(standings.stream().map(IndexRankJson::of).toList()));
        } else {
            missing.forEach(out::println);
            standings.forEach(s -> print(s, zone, messages, out));
        }
        if (chart != null) {
            writeChart(standings.get(0), messages, out);
        }
        return ExitCode.OK;
    }

    private static void print(Standing s, ZoneId zone, Messages messages, PrintWriter out) {
        out.println(NationalWording.title(s.results(), messages) + " – " + ProvinceNames.withoutPrefix(s.province().province()));
        out.println(NationalWording.rank(s, messages));
        out.println(NationalWording.gaps(s, messages));
        out.println(NationalWording.yearOverYear(s, messages));
        if (!s.components().isEmpty()) {
            out.println(messages.get("national.components"));
            s.components().forEach(c -> out.println("  - " + component(c, messages)));
        }
        out.println(NationalWording.source(s.results(), zone, messages));
        out.println();
    }

    private static String component(Standing.ComponentStanding c, Messages messages) {
        Formats f = messages.formats();
        String best = f.percent(c.best()) + " (" + NationalWording.names(c.leaders()) + ")";
        if (c.score() == null) {
            return messages.format("national.component.blank", c.name(), f.percent(c.average()), best);
        }
        String before = c.change() == null ? "" : messages.format("national.component.before",
                f.percent(c.previousScore()), NationalWording.points(c.change(), messages));
        return messages.format("national.component", c.name(), f.percent(c.score()), f.percent(c.average()), best,
                NationalWording.points(c.gapToAverage(), messages), NationalWording.points(c.gapToBest().negate(), messages),
                before);
    }

    private void writeChart(Standing standing, Messages messages, PrintWriter out) {
        boolean svg = chart.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        ExportableChart ranking = NationalCharts.ranking(standing.results(), standing, messages);
        AppException.writing(chart, () -> {
            if (svg) {
                ranking.writeSvg(chart, ExportPreset.SLIDE_16_9.width(), ExportPreset.SLIDE_16_9.height());
            } else {
                ranking.writePng(chart, ExportPreset.SLIDE_16_9);
            }
        });
        out.println(messages.format("chart.written", ranking.title(), chart.toAbsolutePath()));
    }
}
