package vn.cchc.dashboard.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticNumber;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.ScoreChangeWording;

/**
 * A unit's scoring on the command line, line by line: {@code unit-index exempt} a line that does not apply,
 * {@code score} the unit's own points, {@code appraise} the council's, {@code import-survey} the survey's points from a
 * file, and {@code history} every change made to them.
 */
final class UnitIndexScoreCommands {

    private UnitIndexScoreCommands() {
    }

    private static BigDecimal points(String typed) {
        return StatisticNumber.parse(typed).orElseThrow(() -> AppException.invalidInput("unitIndex.points.notANumber", typed));
    }

    @Command(name = "exempt", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Exempt implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "param.unit-index-unit")
        String unit;
        @Parameters(index = "1", paramLabel = "CODE", descriptionKey = "param.unit-index-code")
        String code;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();
        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "option.unit-index-reason")
        String reason;

        @Override
        public Integer call() {
            Unit found;
            try (AppContext context = parent.root.openContext()) {
                found = context.unitIndex().member(which.year, which.group(), unit);
                context.unitIndex().exempt(which.year, which.group(), found, code, reason);
            }
            return parent.said("unitIndex.exempt.done", code,
                    found.name(), String.valueOf(which.year));
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
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

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
            return parent.said(doneKey(), code, found.name(), points);
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
        Path file;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

        @Override
        public Integer call() {
            int recorded;
            try (AppContext context = parent.root.openContext()) {
                recorded = context.unitIndex().importSurvey(file, which.year, which.group());
            }
            Messages messages = parent.root.messages();
            return parent.said("unitIndex.survey.done",
                    messages.formats().count(recorded), file.getFileName());
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false)
    static final class History implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "param.unit-index-unit")
        String unit;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            PrintWriter out = parent.root.environment().out();
            List<ScoreChange> changes;
            ZoneId zone;
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
}
