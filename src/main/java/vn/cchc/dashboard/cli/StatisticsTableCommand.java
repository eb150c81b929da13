package vn.cchc.dashboard.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticKind;
import vn.cchc.dashboard.domain.statistics.StatisticsTable;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code statistics table list|set|remove}: the year's statistics table edited as data, under the same rules as the
 * window ({@link vn.cchc.dashboard.domain.statistics.StatisticsTableRules}).
 */
@Command(name = "table", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {StatisticsTableCommand.ListItems.class, StatisticsTableCommand.SetItem.class,
                StatisticsTableCommand.RemoveItem.class})
final class StatisticsTableCommand implements Callable<Integer> {

    @ParentCommand
    StatisticsCommand parent;

    @Override
    public Integer call() {
        throw new UsageException(parent.root.messages().get("statistics.table.usage"));
    }

    /** "dem", "tu-so", "mau-so" as typed (with or without diacritics), or the enum's own names. */
    static StatisticKind kind(String typed) {
        String folded = Text.fold(typed).replace(' ', '-');
        return switch (folded) {
            case "dem", "count" -> StatisticKind.COUNT;
            case "tu-so", "numerator" -> StatisticKind.NUMERATOR;
            case "mau-so", "denominator" -> StatisticKind.DENOMINATOR;
            default -> throw AppException.invalidInput("statistics.table.kind", typed);
        };
    }

    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ListItems implements Callable<Integer> {
        @ParentCommand
        StatisticsTableCommand parent;
        @Option(names = "--year", paramLabel = "Y", required = true, descriptionKey = "option.statistics-year")
        int year;

        @Override
        public Integer call() {
            Messages messages = parent.parent.root.messages();
            PrintWriter out = parent.parent.root.environment().out();
            StatisticsTable table;
            try (AppContext context = parent.parent.root.openForReading()) {
                table = context.statistics().table(year);
            }
            if (table.isEmpty()) {
                out.println(messages.format("statistics.table.empty", String.valueOf(year)));
            }
            for (StatisticItem i : table.items()) {
                out.println(String.join("\t", i.code(), i.areaCode(), i.label(), i.measureUnit(),
                        messages.get("statistics.kind." + i.kind().name()) + (i.pairCode() == null ? "" : " " + i.pairCode()),
                        messages.get(i.required() ? "statistics.table.required" : "statistics.table.optional"),
                        i.indicatorCode() == null ? "" : i.indicatorCode(), i.source() == null ? "" : i.source()));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false)
    static final class SetItem implements Callable<Integer> {
        @ParentCommand
        StatisticsTableCommand parent;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "param.statistics-code")
        String code;
        @Option(names = "--year", paramLabel = "Y", required = true, descriptionKey = "option.statistics-year")
        int year;
        @Option(names = "--area", paramLabel = "AREA", descriptionKey = "option.statistics-area")
        String area;
        @Option(names = "--label", paramLabel = "TEXT", descriptionKey = "option.statistics-label")
        String label;
        @Option(names = "--unit", paramLabel = "TEXT", descriptionKey = "option.statistics-unit")
        String measure;
        @Option(names = "--kind", paramLabel = "dem|tu-so|mau-so", descriptionKey = "option.statistics-kind")
        String kind;
        @Option(names = "--pair", paramLabel = "CODE", descriptionKey = "option.statistics-pair")
        String pair;
        @Option(names = "--required", negatable = true, descriptionKey = "option.statistics-required")
        Boolean required;
        @Option(names = "--order", paramLabel = "N", descriptionKey = "option.statistics-order")
        Integer order;
        @Option(names = "--source", paramLabel = "TEXT", descriptionKey = "option.statistics-source")
        String source;
        @Option(names = "--indicator", paramLabel = "CODE", descriptionKey = "option.statistics-indicator")
        String indicator;

        @Override
        public Integer call() {
            Messages messages = parent.parent.root.messages();
            String normalised = Text.clean(code).toUpperCase(Locale.ROOT);
            boolean adding;
            try (AppContext context = parent.parent.root.openContext()) {
                StatisticsTable table = context.statistics().table(year);
                Optional<StatisticItem> existing = table.item(normalised);
                adding = existing.isEmpty();
                StatisticItem item = existing.map(i -> edited(i, messages)).orElseGet(() -> added(normalised, table, messages));
                context.statistics().saveItem(item, adding);
            }
            parent.parent.root.environment().out().println(messages.format(adding ? "statistics.table.added"
                    : "statistics.table.changed", normalised, String.valueOf(year)));
            parent.parent.root.environment().out().flush();
            return ExitCode.OK;
        }

        /** The item as it was, with what the options change; "-" clears the pair, source or indicator. */
        private StatisticItem edited(StatisticItem i, Messages messages) {
            StatisticKind k = kind == null ? i.kind() : kind(kind);
            String pairCode = k == StatisticKind.COUNT ? null : pair == null ? i.pairCode() : cleared(upper(pair));
            if (k != StatisticKind.COUNT && pairCode == null) {
                throw new UsageException(messages.format("statistics.table.pairNeeded", i.code()));
            }
            return new StatisticItem(year, i.code(), area == null ? i.areaCode() : upper(area),
                    label == null ? i.label() : label, measure == null ? i.measureUnit() : measure,
                    k, pairCode, required == null ? i.required() : required, order == null ? i.sortOrder() : order,
                    source == null ? i.source() : cleared(source),
                    indicator == null ? i.indicatorCode() : cleared(upper(indicator)));
        }

        /** A new item: area, label, unit of measure and kind must be given; it goes last unless an order is. */
        private StatisticItem added(String normalised, StatisticsTable table, Messages messages) {
            if (area == null || label == null || measure == null || kind == null) {
                throw new UsageException(messages.format("statistics.table.addNeeds", normalised));
            }
            StatisticKind k = kind(kind);
            if (k != StatisticKind.COUNT && pair == null) {
                throw new UsageException(messages.format("statistics.table.pairNeeded", normalised));
            }
            int last = table.items().stream().mapToInt(StatisticItem::sortOrder).max().orElse(0);
            return new StatisticItem(year, normalised, upper(area), label, measure, k,
                    k == StatisticKind.COUNT ? null : upper(pair), Boolean.TRUE.equals(required),
                    order == null ? last + 10 : order, source == null ? null : cleared(source),
                    indicator == null ? null : cleared(upper(indicator)));
        }

        private static String upper(String typed) {
            return typed.toUpperCase(Locale.ROOT);
        }

        private static String cleared(String typed) {
            return typed.isEmpty() || typed.equals("-") ? null : typed;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false)
    static final class RemoveItem implements Callable<Integer> {
        @ParentCommand
        StatisticsTableCommand parent;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "param.statistics-code")
        String code;
        @Option(names = "--year", paramLabel = "Y", required = true, descriptionKey = "option.statistics-year")
        int year;

        @Override
        public Integer call() {
            String normalised = Text.clean(code).toUpperCase(Locale.ROOT);
            try (AppContext context = parent.parent.root.openContext()) {
                context.statistics().removeItem(year, normalised);
            }
            parent.parent.root.environment().out().println(parent.parent.root.messages().format("statistics.table.removed",
                    normalised, String.valueOf(year)));
            parent.parent.root.environment().out().flush();
            return ExitCode.OK;
        }
    }
}
