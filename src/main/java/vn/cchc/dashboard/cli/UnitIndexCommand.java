package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticNumber;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.i18n.IndexResultWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.ScoreChangeWording;

/**
 * {@code unit-index}: the province's reform index of its own units (Chỉ số CCHC của các sở, ban, ngành và UBND cấp
 * xã), scriptable with the same rules and sentences as the service — the criteria, exemptions, scores and appraisal,
 * the self-assessment forms ({@code send-forms|receive-forms|returns}), the closing round ({@code reply|lock|unlock}),
 * the ranking, its charts and slide ({@code rank|chart|slide}) and the announcement documents ({@code announce}).
 */
@Command(name = "unit-index", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {UnitIndexCommand.ImportCriteria.class, UnitIndexCommand.Criteria.class, UnitIndexCommand.Exempt.class, UnitIndexCommand.SelfScore.class,
                UnitIndexCommand.Appraise.class, UnitIndexCommand.ImportSurvey.class, UnitIndexCommand.Rank.class,
                UnitIndexCommand.History.class, UnitIndexRoundCommands.Reply.class, UnitIndexRoundCommands.Lock.class,
                UnitIndexRoundCommands.Unlock.class, UnitIndexFormsCommand.Send.class, UnitIndexFormsCommand.Receive.class,
                UnitIndexFormsCommand.Returns.class, UnitIndexChartCommand.class, UnitIndexSlideCommand.class,
                UnitIndexAnnounceCommand.class})
final class UnitIndexCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        throw new UsageException(root.messages().get("unitIndex.usage"));
    }

    /** "so-nganh" (departments), "xa" (communes), "huyen" (districts), with or without diacritics. */
    static IndexGroup group(String typed) {
        return switch (Text.fold(typed).replace(' ', '-').replace(",", "")) {
            case "so-nganh", "so-ban-nganh", "so", "departments" -> IndexGroup.DEPARTMENTS;
            case "xa", "cap-xa", "communes" -> IndexGroup.COMMUNES;
            case "huyen", "cap-huyen", "districts" -> IndexGroup.DISTRICTS;
            default -> throw AppException.invalidInput("unitIndex.group.unknown", typed);
        };
    }

    static BigDecimal points(String typed) {
        return StatisticNumber.parse(typed).orElseThrow(() -> AppException.invalidInput("unitIndex.points.notANumber", typed));
    }

    /** The options every verb takes: the year and the group. */
    static final class YearAndGroup {
        @Option(names = "--year", paramLabel = "Y", required = true, descriptionKey = "option.unit-index-year")
        int year;
        @Option(names = "--group", paramLabel = "so-nganh|xa|huyen", required = true,
                descriptionKey = "option.unit-index-group")
        String group;

        IndexGroup group() {
            return UnitIndexCommand.group(group);
        }
    }

    @Command(name = "import-criteria", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ImportCriteria implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.unit-index-criteria-file")
        java.nio.file.Path file;
        @picocli.CommandLine.Mixin
        YearAndGroup which = new YearAndGroup();

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            CriteriaSet set;
            try (AppContext context = parent.root.openContext()) {
                set = context.unitIndex().importCriteria(file, which.year, which.group());
            }
            parent.root.environment().out().println(messages.format("unitIndex.criteria.imported",
                    String.valueOf(which.year), messages.get("unitIndex.group." + which.group().name()),
                    messages.formats().count(set.criteria().size()), messages.formats().count(set.leaves().size()),
                    messages.formats().compact(set.maxPoints())));
            parent.root.environment().out().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "criteria", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Criteria implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @picocli.CommandLine.Mixin
        YearAndGroup which = new YearAndGroup();

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            PrintWriter out = parent.root.environment().out();
            CriteriaSet set;
            try (AppContext context = parent.root.openForReading()) {
                set = context.unitIndex().criteria(which.year, which.group());
            }
            if (set.isEmpty()) {
                out.println(messages.format("unitIndex.error.noSet", String.valueOf(which.year)));
            }
            for (Criterion c : set.criteria()) {
                out.println("  ".repeat(c.level() - 1) + c.code() + "\t" + c.title() + "\t"
                        + messages.formats().compact(c.maxPoints()));
            }
            out.println(messages.format("unitIndex.criteria.total", messages.formats().compact(set.maxPoints())));
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "exempt", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Exempt implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "param.unit-index-unit")
        String unit;
        @Parameters(index = "1", paramLabel = "CODE", descriptionKey = "param.unit-index-code")
        String code;
        @picocli.CommandLine.Mixin
        YearAndGroup which = new YearAndGroup();
        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "option.unit-index-reason")
        String reason;

        @Override
        public Integer call() {
            Unit found;
            try (AppContext context = parent.root.openContext()) {
                found = context.unitIndex().member(which.year, which.group(), unit);
                context.unitIndex().exempt(which.year, which.group(), found, code, reason);
            }
            parent.root.environment().out().println(parent.root.messages().format("unitIndex.exempt.done", code,
                    found.name(), String.valueOf(which.year)));
            parent.root.environment().out().flush();
            return ExitCode.OK;
        }
    }

    /** A score given to a unit on one line: the unit, the line, the points, and what the verb does with them. */
    abstract static class LineScore implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "param.unit-index-unit")
        String unit;
        @Parameters(index = "1", paramLabel = "CODE", descriptionKey = "param.unit-index-code")
        String code;
        @Parameters(index = "2", paramLabel = "POINTS", descriptionKey = "param.unit-index-points")
        String points;
        @picocli.CommandLine.Mixin
        YearAndGroup which = new YearAndGroup();

        /** Records the points; refused in one sentence. */
        abstract void record(AppContext context, Unit unit, BigDecimal points);

        /** The sentence saying it was recorded: {0} the line, {1} the unit, {2} the points. */
        abstract String doneKey();

        @Override
        public Integer call() {
            Unit found;
            try (AppContext context = parent.root.openContext()) {
                found = context.unitIndex().member(which.year, which.group(), unit);
                record(context, found, points(points));
            }
            parent.root.environment().out().println(parent.root.messages().format(doneKey(), code, found.name(), points));
            parent.root.environment().out().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false)
    static final class SelfScore extends LineScore {
        @Option(names = "--evidence", paramLabel = "TEXT", descriptionKey = "option.unit-index-evidence")
        String evidence;
        @Option(names = "--explanation", paramLabel = "TEXT", descriptionKey = "option.unit-index-explanation")
        String explanation;

        @Override
        void record(AppContext context, Unit unit, BigDecimal points) {
            context.unitIndex().selfAssess(which.year, which.group(), unit, code, points, evidence, explanation, null);
        }

        @Override
        String doneKey() {
            return "unitIndex.score.done";
        }
    }

    @Command(name = "appraise", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Appraise extends LineScore {
        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "option.unit-index-comment")
        String comment;

        @Override
        void record(AppContext context, Unit unit, BigDecimal points) {
            context.unitIndex().appraise(which.year, which.group(), unit, code, points, comment);
        }

        @Override
        String doneKey() {
            return "unitIndex.appraise.done";
        }
    }


    @Command(name = "import-survey", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ImportSurvey implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.unit-index-survey-file")
        java.nio.file.Path file;
        @picocli.CommandLine.Mixin
        YearAndGroup which = new YearAndGroup();

        @Override
        public Integer call() {
            int recorded;
            try (AppContext context = parent.root.openContext()) {
                recorded = context.unitIndex().importSurvey(file, which.year, which.group());
            }
            Messages messages = parent.root.messages();
            parent.root.environment().out().println(messages.format("unitIndex.survey.done",
                    messages.formats().count(recorded), file.getFileName()));
            parent.root.environment().out().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false)
    static final class History implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "param.unit-index-unit")
        String unit;
        @picocli.CommandLine.Mixin
        YearAndGroup which = new YearAndGroup();

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            PrintWriter out = parent.root.environment().out();
            List<ScoreChange> changes;
            java.time.ZoneId zone;
            try (AppContext context = parent.root.openForReading()) {
                Unit found = context.unitIndex().member(which.year, which.group(), unit);
                changes = context.unitIndex().history(which.year, found);
                zone = context.clock().getZone();
            }
            if (changes.isEmpty()) {
                out.println(messages.get("unitIndex.history.none"));
            }
            for (ScoreChange ch : changes) {
                out.println(String.join("\t", ScoreChangeWording.when(ch, zone, messages), ScoreChangeWording.who(ch),
                        ch.code(), ScoreChangeWording.change(ch, messages)));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @JsonPropertyOrder({"rank", "tied", "unit", "index", "points", "max", "missing"})
    record RankJson(int rank, boolean tied, String unit, BigDecimal index, BigDecimal points, BigDecimal max,
                    List<String> missing) {
    }

    @Command(name = "rank", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Rank implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @picocli.CommandLine.Mixin
        YearAndGroup which = new YearAndGroup();
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
}
