package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.i18n.IndexResultWording;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code unit-index rank --year Y --group so-nganh [--json]}: the group's units ranked by their index, each with its
 * points, what is still unscored and where it lost most; as JSON for a script.
 */
@Command(name = "rank", mixinStandardHelpOptions = true, sortOptions = false)
final class UnitIndexRankCommand implements Callable<Integer> {

    @JsonPropertyOrder({"rank", "tied", "unit", "index", "points", "max", "missing"})
    record RankJson(int rank, boolean tied, String unit, BigDecimal index, BigDecimal points, BigDecimal max,
                    List<String> missing) {
    }

    @ParentCommand
    UnitIndexCommand parent;
    @Mixin
    UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();
    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Messages messages = parent.root.messages();
        PrintWriter out = parent.root.environment().out();
        List<IndexRanking.Ranked> ranking;
        CriteriaSet set;
        try (AppContext context = parent.root.openForReading()) {
            ranking = context.unitIndex().ranking(which.year, which.group());
            set = context.unitIndex().criteria(which.year, which.group());
        }
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ranking.stream()
                    .map(r -> new RankJson(r.rank(), r.tied(), r.result().unitName(), r.result().index(),
                            r.result().points(), r.result().applicableMax(), r.result().missing())).toList()));
            out.flush();
            return ExitCode.OK;
        }
        out.println(messages.format("unitIndex.rank.header." + which.group().name(), String.valueOf(which.year)));
        for (IndexRanking.Ranked r : ranking) {
            String place = r.rank() == 0 ? "–" : r.rank() + (r.tied() ? "=" : "");
            if (r.result().index() == null) {
                out.println(String.join("\t", place, r.result().unitName(), messages.get("unitIndex.rank.notAssessed")));
                continue;
            }
            String line = String.join("\t", place, r.result().unitName(), messages.formats().decimal(r.result().index()),
                    messages.format("unitIndex.rank.points", messages.formats().compact(r.result().points()),
                            messages.formats().compact(r.result().applicableMax())));
            if (!r.result().complete()) {
                line += "\t" + IndexResultWording.missing(r.result().missing(), 5, messages);
            }
            String lost = IndexResultWording.mostLost(r.result(), set, messages);
            line += lost.isEmpty() ? "" : "\t" + lost;
            out.println(line);
        }
        long tiedGroups = ranking.stream().filter(IndexRanking.Ranked::tied).map(IndexRanking.Ranked::rank).distinct().count();
        if (tiedGroups > 0) {
            out.println(messages.get("unitIndex.rank.tiesNote"));
        }
        out.flush();
        return ExitCode.OK;
    }
}
