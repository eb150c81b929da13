package vn.cchc.dashboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;

/**
 * {@code unit-index}: the province's reform index of its own units (Chỉ số CCHC của các sở, ban, ngành và UBND cấp
 * xã), scriptable with the same rules and sentences as the service — the criteria, exemptions, scores and appraisal,
 * the self-assessment forms ({@code send-forms|receive-forms|returns}), the closing round ({@code reply|lock|unlock}),
 * the ranking, its charts and slide ({@code rank|chart|slide}) and the announcement documents ({@code announce}).
 */
@Command(name = "unit-index", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {UnitIndexCriteriaCommands.ImportCriteria.class, UnitIndexCriteriaCommands.Criteria.class,
                UnitIndexScoreCommands.Exempt.class, UnitIndexScoreCommands.SelfScore.class,
                UnitIndexScoreCommands.Appraise.class, UnitIndexScoreCommands.ImportSurvey.class, UnitIndexRankCommand.class,
                UnitIndexScoreCommands.History.class, UnitIndexRoundCommands.Reply.class, UnitIndexRoundCommands.Lock.class,
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

    /** Says {@code key}'s sentence on the standard output, at once: the one line a verb ends on when it succeeds. */
    int said(String key, Object... args) {
        root.environment().out().println(root.messages().format(key, args));
        root.environment().out().flush();
        return ExitCode.OK;
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
}
