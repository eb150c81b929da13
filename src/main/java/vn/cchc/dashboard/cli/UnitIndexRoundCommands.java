package vn.cchc.dashboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The appraisal's closing round on the command line: {@code unit-index reply} records a unit's explanation of the
 * council's score, {@code lock} makes the year's results final, {@code unlock} reopens them with a reason.
 */
final class UnitIndexRoundCommands {

    private UnitIndexRoundCommands() {
    }

    @Command(name = "reply", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Reply implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "param.unit-index-unit")
        String unit;
        @Parameters(index = "1", paramLabel = "CODE", descriptionKey = "param.unit-index-code")
        String code;
        @Parameters(index = "2", paramLabel = "TEXT", descriptionKey = "param.unit-index-reply")
        String reply;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

        @Override
        public Integer call() {
            Unit found;
            try (AppContext context = parent.root.openContext()) {
                found = context.unitIndex().member(which.year, which.group(), unit);
                context.unitIndex().reply(which.year, which.group(), found, code, reply);
            }
            return parent.said("unitIndex.reply.done", code,
                    found.name());
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Lock implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                context.unitIndex().lock(which.year, which.group());
            }
            return said(parent, "unitIndex.lock.done", which);
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Unlock implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();
        @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "option.unit-index-unlock-reason")
        String reason;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                context.unitIndex().unlock(which.year, which.group(), reason);
            }
            return said(parent, "unitIndex.unlock.done", which);
        }
    }

    /** "Đã khóa kết quả Chỉ số CCHC năm 2025 của các sở, ban, ngành." */
    private static int said(UnitIndexCommand parent, String key, UnitIndexCommand.YearAndGroup which) {
        Messages messages = parent.root.messages();
        return parent.said(key, String.valueOf(which.year),
                messages.get("unitIndex.group." + which.group().name()));
    }
}
