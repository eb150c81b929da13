package vn.cchc.dashboard.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.app.indicators.IndicatorLibrary;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.indicators.IndicatorChange;
import vn.cchc.dashboard.domain.indicators.IndicatorSpec;
import vn.cchc.dashboard.domain.indicators.Milestone;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code indicators list|add|edit|retire|target|history}: the province's indicator library on the command line, the
 * same rules and history as the window's.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {IndicatorsCommand.ListAll.class, IndicatorsCommand.Add.class, IndicatorsCommand.Edit.class,
                IndicatorsCommand.Retire.class, IndicatorsCommand.Target.class, IndicatorsCommand.History.class})
final class IndicatorsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        throw new UsageException(root.messages().get("indicators.usage.missing"));
    }

    /** The definition options shared by {@code add} and {@code edit}; those not given keep their value on edit. */
    static final class Definition {
        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "option.indicator-name")
        String name;
        @Option(names = "--area", paramLabel = "AREA", descriptionKey = "option.indicator-area")
        String area;
        @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "option.indicator-kind")
        String kind;
        @Option(names = "--numerator", paramLabel = "TEXT", descriptionKey = "option.indicator-numerator")
        String numerator;
        @Option(names = "--denominator", paramLabel = "TEXT", descriptionKey = "option.indicator-denominator")
        String denominator;
        @Option(names = "--direction", paramLabel = "cao|thap", descriptionKey = "option.indicator-direction")
        String direction;
        @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "option.indicator-unit")
        String unit;
        @Option(names = "--source", paramLabel = "DOCUMENT", descriptionKey = "option.indicator-source")
        String source;
        @Option(names = "--max", paramLabel = "N", descriptionKey = "option.indicator-max")
        String max;

        IndicatorSpec over(IndicatorSpec base, Formats formats) {
            IndicatorType type = kind == null ? base.type() : kind(kind);
            boolean higher = direction == null ? base.higherIsBetter() : higher(direction);
            return new IndicatorSpec(pick(name, base.name()), pick(area, base.areaCode()), type,
                    pick(numerator, base.numeratorLabel()), pick(denominator, base.denominatorLabel()), higher,
                    pick(unit, base.measureUnit()), pick(source, base.source()),
                    max == null ? base.maxValue() : number(max, formats), base.provinceWide(), base.yearly());
        }

        private static String pick(String given, String kept) {
            return given != null ? given : kept;
        }

        private static IndicatorType kind(String typed) {
            return switch (typed.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "ty-le", "tỷ-lệ", "percent" -> IndicatorType.PERCENT;
                case "so-luong", "số-lượng", "count" -> IndicatorType.COUNT;
                case "diem", "điểm", "score" -> IndicatorType.SCORE;
                default -> throw AppException.invalidInput("indicators.error.kind", typed);
            };
        }

        private static boolean higher(String typed) {
            return switch (typed.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "cao", "higher" -> true;
                case "thap", "thấp", "lower" -> false;
                default -> throw AppException.invalidInput("indicators.error.direction", typed);
            };
        }
    }

    static BigDecimal number(String typed, Formats formats) {
        return formats.parseNumber(typed).orElseThrow(() -> AppException.invalidInput("indicators.error.number", typed));
    }

    /** Runs {@code work} on the library; a definition that cannot be saved is told field by field. */
    int withLibrary(LibraryWork work) {
        Messages messages = root.messages();
        try (AppContext context = root.openForReading()) {
            work.run(context.indicatorLibrary(), root.environment().out(), messages);
            return ExitCode.OK;
        } catch (InvalidDraftException e) {
            List<String> sentences = new ArrayList<>();
            for (FieldProblem p : e.problems()) {
                sentences.add(messages.format(p.messageKey(), p.args().toArray()));
            }
            throw AppException.invalidInput("indicators.error.invalid", String.join(" ", sentences));
        }
    }

    @FunctionalInterface
    interface LibraryWork {
        void run(IndicatorLibrary library, PrintWriter out, Messages messages);
    }

    private static Indicator find(IndicatorLibrary library, String code) {
        return library.contents().indicators().stream().filter(i -> i.code().equalsIgnoreCase(code.strip()))
                .findFirst().orElseThrow(() -> AppException.invalidInput("library.error.unknown", code));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        IndicatorsCommand parent;
        @Option(names = "--all", descriptionKey = "option.indicators-all")
        boolean all;

        @Override
        public Integer call() {
            return parent.withLibrary((library, out, messages) -> {
                IndicatorLibrary.Contents contents = library.contents();
                for (Indicator i : contents.indicators()) {
                    if (i.retired() && !all) {
                        continue;
                    }
                    String targets = contents.targetsOf(i.code()).stream()
                            .map(t -> t.year() + ": " + messages.formats().compact(t.value())).collect(Collectors.joining(", "));
                    out.println(String.join("\t", i.code(), i.name(), i.areaCode() == null ? "" : i.areaCode(),
                            messages.get("indicators.kind." + i.type().name()) + (i.isRatio() ? " (" + i.numeratorLabel()
                                    + " / " + i.denominatorLabel() + ")" : ""),
                            messages.get(i.higherIsBetter() ? "indicators.higher" : "indicators.lower"),
                            targets.isEmpty() ? messages.get("indicators.noTarget") : targets,
                            i.retired() ? messages.format("indicators.retiredOn", messages.formats().date(i.retiredOn())) : ""));
                }
            });
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        IndicatorsCommand parent;
        @ArgGroup(exclusive = false, multiplicity = "1")
        Definition definition;
        @Option(names = "--province-wide", descriptionKey = "option.indicator-province")
        boolean provinceWide;
        @Option(names = "--yearly", descriptionKey = "option.indicator-yearly")
        boolean yearly;

        @Override
        public Integer call() {
            return parent.withLibrary((library, out, messages) -> {
                IndicatorSpec blank = new IndicatorSpec(null, null, IndicatorType.PERCENT, null, null, true, null, null,
                        null, provinceWide, yearly);
                Indicator created = library.create(definition.over(blank, messages.formats()));
                out.println(messages.format("indicators.added", created.code(), created.name()));
            });
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Edit implements Callable<Integer> {
        @ParentCommand
        IndicatorsCommand parent;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "param.indicator-code")
        String code;
        @ArgGroup(exclusive = false, multiplicity = "1")
        Definition definition;

        @Override
        public Integer call() {
            return parent.withLibrary((library, out, messages) -> {
                Indicator before = find(library, code);
                library.update(before.code(), definition.over(IndicatorSpec.of(before), messages.formats()));
                out.println(messages.format("indicators.edited", before.code()));
            });
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Retire implements Callable<Integer> {
        @ParentCommand
        IndicatorsCommand parent;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "param.indicator-code")
        String code;
        @Option(names = "--undo", descriptionKey = "option.indicator-reinstate")
        boolean undo;

        @Override
        public Integer call() {
            return parent.withLibrary((library, out, messages) -> {
                Indicator indicator = find(library, code);
                if (undo) {
                    library.reinstate(indicator.code());
                    out.println(messages.format("indicators.reinstated", indicator.code()));
                } else {
                    library.retire(indicator.code());
                    out.println(messages.format("indicators.retired", indicator.code()));
                }
            });
        }
    }

    @Command(name = "target", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Target implements Callable<Integer> {
        @ParentCommand
        IndicatorsCommand parent;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "param.indicator-code")
        String code;
        @Option(names = "--year", paramLabel = "YEAR", required = true, descriptionKey = "option.target-year")
        int year;
        @Option(names = "--value", paramLabel = "N", descriptionKey = "option.target-value")
        String value;
        @Option(names = "--document", paramLabel = "DOCUMENT", descriptionKey = "option.target-document")
        String document;
        @Option(names = "--baseline", paramLabel = "N", descriptionKey = "option.target-baseline")
        String baseline;
        @Option(names = "--baseline-year", paramLabel = "YEAR", descriptionKey = "option.target-baseline-year")
        Integer baselineYear;
        @Option(names = "--milestone", paramLabel = "PERIOD=N", descriptionKey = "option.target-milestone")
        List<String> milestones = new ArrayList<>();
        @Option(names = "--remove", descriptionKey = "option.target-remove")
        boolean remove;

        @Override
        public Integer call() {
            return parent.withLibrary((library, out, messages) -> {
                Indicator indicator = find(library, code);
                if (remove) {
                    library.setTarget(indicator.code(), year, null, List.of());
                    out.println(messages.format("indicators.targetRemoved", indicator.code(), year));
                    return;
                }
                if (value == null || document == null || document.isBlank()) {
                    throw AppException.invalidInput("indicators.error.target");
                }
                if (baseline != null && baselineYear == null) {
                    throw AppException.invalidInput("library.problem.baselineYearMissing");
                }
                Formats formats = messages.formats();
                IndicatorTarget target = new IndicatorTarget(indicator.code(), year, number(value, formats),
                        document.strip(), baseline == null ? null : number(baseline, formats),
                        baseline == null ? null : baselineYear);
                library.setTarget(indicator.code(), year, target, milestones(indicator.code(), formats));
                out.println(messages.format("indicators.targetSet", indicator.code(), year, formats.compact(target.value())));
            });
        }

        private List<Milestone> milestones(String indicatorCode, Formats formats) {
            List<Milestone> result = new ArrayList<>();
            for (String typed : milestones) {
                int eq = typed.indexOf('=');
                ReportPeriod period = eq < 0 ? null : ReportPeriod.parse(typed.substring(0, eq).strip()).orElse(null);
                if (period == null || period.kind() == ReportPeriod.Kind.YEAR) {
                    throw AppException.invalidInput("indicators.error.milestone", typed, year);
                }
                result.add(new Milestone(indicatorCode, period, number(typed.substring(eq + 1), formats)));
            }
            return result;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false)
    static final class History implements Callable<Integer> {
        @ParentCommand
        IndicatorsCommand parent;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "param.indicator-code")
        String code;

        @Override
        public Integer call() {
            return parent.withLibrary((library, out, messages) -> {
                Indicator indicator = find(library, code);
                for (IndicatorChange change : library.history(indicator.code())) {
                    out.println(String.join("\t", messages.formats().dateTime(java.time.LocalDateTime.ofInstant(
                                    change.at(), parent.root.environment().clock().getZone())),
                            change.login() == null ? change.user() : change.user() + " (" + change.login() + ")",
                            change.field(), change.before() == null ? "" : change.before(),
                            change.after() == null ? "" : change.after()));
                }
            });
        }
    }
}
