package vn.cchc.dashboard.domain.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;

/**
 * Matches the rows read from a file against what the database holds – units, the plan's areas and its task codes –
 * and gives the preview an import is decided on. Pure: the same rows and data give the same preview, in the dry run
 * and again inside the import's transaction.
 */
public final class PlanImportCheck {

    private final int planYear;
    private final List<ReformArea> areas;
    private final List<Unit> units;
    private final Set<String> existingCodes;
    private final UnitNameMeaning meaning;
    private final CooperationNames cooperation;
    private final Map<String, ImportPreview.NameMatch> names = new LinkedHashMap<>();
    /** Keys of the names offered a successor that the user has not confirmed yet: each is one error, said once. */
    private final Set<String> offered = new HashSet<>();

    /** @param existingCodes the codes of the tasks the plan already has */
    public PlanImportCheck(int planYear, Collection<ReformArea> areas, Collection<Unit> units,
                           Collection<String> existingCodes) {
        this(planYear, areas, units, existingCodes, List.of());
    }

    /** @param choices the user's word on unit names, which wins over the automatic match */
    public PlanImportCheck(int planYear, Collection<ReformArea> areas, Collection<Unit> units,
                           Collection<String> existingCodes, Collection<UnitChoice> choices) {
        this.planYear = planYear;
        this.areas = List.copyOf(areas);
        this.units = List.copyOf(units);
        this.existingCodes = existingCodes.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        this.meaning = new UnitNameMeaning(this.units, planYear, choices);
        this.cooperation = new CooperationNames(meaning, this.units, planYear);
    }

    public ImportPreview check(List<ImportRow> rows, List<ImportProblem> readProblems) {
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        names.clear();
        offered.clear();
        Map<String, ImportPreview.NewUnit> created = new LinkedHashMap<>();
        NewUnitNames newNames = newNames(rows);
        List<ImportedTask> tasks = new ArrayList<>();
        for (ImportRow row : rows) {
            if (existingCodes.contains(row.code().toUpperCase(Locale.ROOT))) {
                problems.add(ImportProblem.error(row.sheet(), row.row(), null, row.code(), "import.problem.codeExists",
                        row.code()));
            }
            List<String> named = UnitNames.split(row.leadText());
            if (named.isEmpty()) {
                continue;
            }
            Optional<UnitRef> lead = resolve(row, named.get(0), created, newNames, problems, true);
            List<UnitRef> cooperating = new ArrayList<>();
            if (named.size() > 1) {
                problems.add(leadProblem(row, ImportProblem.Severity.NOTE, row.leadText(), "import.problem.severalLeads",
                        named.get(0), String.join("; ", named.subList(1, named.size()))));
                for (String other : named.subList(1, named.size())) {
                    resolve(row, other, created, newNames, problems, false).ifPresent(cooperating::add);
                }
            }
            lead.ifPresent(l -> tasks.add(new ImportedTask(row, l, cooperation.of(row, l, cooperating, newNames))));
        }
        // Said only when nothing else explains it: a missing column already says why no task was read.
        if (rows.isEmpty() && readProblems.stream().noneMatch(ImportProblem::isError)) {
            problems.add(ImportProblem.error("", 0, null, "", "import.problem.noTasks"));
        }
        // In the order of the file, so that the list reads from top to bottom; file-wide notes first.
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return new ImportPreview(planYear, tasks, List.copyOf(created.values()), byArea(tasks), byUnit(tasks),
                List.copyOf(names.values()), deadlineWordings(rows),
                (int) tasks.stream().filter(t -> t.row().progress() != null).count(), problems, null);
    }

    /**
     * The unit {@code name} means: an existing one (its successor when it had ended before the plan's year), or a
     * new one to create. A collective name ("Các sở, ban, ngành") cannot lead a task – unless the user says which
     * unit it means: it is an error there and passed over among cooperating units.
     */
    private Optional<UnitRef> resolve(ImportRow row, String name, Map<String, ImportPreview.NewUnit> created,
                                      NewUnitNames newNames, List<ImportProblem> problems, boolean asLead) {
        if (UnitNames.isCollective(name) && !meaning.chosen(name)) {
            if (asLead) {
                problems.add(leadProblem(row, ImportProblem.Severity.ERROR, name, "import.problem.leadCollective"));
                noteName(name, null, true);
            }
            return Optional.empty();
        }
        Optional<UnitRef> unit = resolveUnit(row, name, created, newNames, problems);
        noteName(name, unit.orElse(null), asLead);
        return unit;
    }

    private Optional<UnitRef> resolveUnit(ImportRow row, String name, Map<String, ImportPreview.NewUnit> created,
                                          NewUnitNames newNames, List<ImportProblem> problems) {
        Optional<SuccessorProposals.Proposal> proposal = meaning.proposal(name);
        if (proposal.isPresent()) {
            return Optional.of(offer(row, name, proposal.get(), created, newNames, problems));
        }
        Optional<Unit> found = meaning.match(name);
        if (found.isEmpty()) {
            String newName = meaning.newUnitName(name);
            if (newName == null) {
                problems.add(leadProblem(row, ImportProblem.Severity.ERROR, name, "import.problem.chosenUnknown",
                        meaning.chosenName(name)));
                return Optional.empty();
            }
            return Optional.of(create(row, name, newNames.canonical(newName), created, problems));
        }
        Optional<Unit> current = meaning.inPlanYear(found.get());
        if (current.isEmpty()) {
            problems.add(leadProblem(row, ImportProblem.Severity.ERROR, name, "task.problem.leadGone",
                    found.get().name(), String.valueOf(planYear)));
            return Optional.empty();
        }
        if (current.get().id() != found.get().id()) {
            problems.add(leadProblem(row, ImportProblem.Severity.NOTE, name, "import.problem.successor",
                    found.get().name(), current.get().name()));
        }
        return Optional.of(UnitRef.existing(current.get().id(), current.get().name()));
    }

    /**
     * A merged department's name in a plan of 2025 or later: its tasks go to the proposed successor in the preview, and
     * an error holds the import until the user confirms (or chooses otherwise) – a task led by the wrong department would
     * be counted against it in every report.
     */
    private UnitRef offer(ImportRow row, String name, SuccessorProposals.Proposal proposal,
                         Map<String, ImportPreview.NewUnit> created, NewUnitNames newNames, List<ImportProblem> problems) {
        if (offered.add(UnitNames.key(name))) {
            problems.add(leadProblem(row, ImportProblem.Severity.ERROR, name, "import.problem.mergerOffer",
                    FullUnitNames.of(name), proposal.name()));
        }
        if (proposal.existing() != null) {
            return UnitRef.existing(proposal.existing().id(), proposal.existing().name());
        }
        return create(row, name, newNames.canonical(proposal.newName()), created, problems);
    }

    private UnitRef create(ImportRow row, String name, String canonical, Map<String, ImportPreview.NewUnit> created,
                           List<ImportProblem> problems) {
        if (!created.containsKey(canonical)) {
            created.put(canonical, new ImportPreview.NewUnit(canonical, UnitNames.guessKind(canonical)));
            boolean taken = units.stream().anyMatch(u -> UnitNames.key(u.name()).equals(UnitNames.key(canonical)));
            problems.add(taken
                    ? leadProblem(row, ImportProblem.Severity.ERROR, name, "import.problem.newUnitTaken", canonical)
                    : leadProblem(row, ImportProblem.Severity.NOTE, name, "import.problem.newUnit", canonical));
        }
        return UnitRef.created(canonical);
    }

    /** Keeps the first spelling of each name and counts the tasks it leads, for the wizard's list of names. */
    private void noteName(String name, UnitRef unit, boolean asLead) {
        String key = UnitNames.key(name);
        ImportPreview.NameMatch seen = names.get(key);
        int tasks = (seen == null ? 0 : seen.tasks()) + (asLead ? 1 : 0);
        names.put(key, new ImportPreview.NameMatch(seen == null ? name : seen.written(), tasks, unit,
                meaning.chosen(name), offered.contains(key)));
    }

    /**
     * First the names no existing unit answers to, so that one body written two ways becomes one new unit; a merged
     * department's name brings its successor's name instead, when that is what the import would create.
     */
    private NewUnitNames newNames(List<ImportRow> rows) {
        meaning.readFileNames(rows);
        NewUnitNames names = new NewUnitNames();
        for (ImportRow row : rows) {
            for (String name : UnitNames.split(row.leadText())) {
                if (UnitNames.isCollective(name) && !meaning.chosen(name)) {
                    continue;
                }
                Optional<SuccessorProposals.Proposal> proposal = meaning.proposal(name);
                if (proposal.isPresent()) {
                    if (proposal.get().existing() == null) {
                        names.offer(proposal.get().newName());
                    }
                } else if (meaning.match(name).isEmpty() && meaning.newUnitName(name) != null) {
                    names.offer(meaning.newUnitName(name));
                }
            }
        }
        return names;
    }

    private static ImportProblem leadProblem(ImportRow row, ImportProblem.Severity severity, String value, String key,
                                             String... args) {
        return new ImportProblem(row.sheet(), row.row(), row.leadColumn(), value, severity, key, List.of(args));
    }

    /** The deadline texts the user must give a meaning to, or has, once each, in the order of the file. */
    private static List<ImportPreview.DeadlineWording> deadlineWordings(List<ImportRow> rows) {
        Map<String, ImportPreview.DeadlineWording> wordings = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            if (row.deadlineUnread() || row.deadlineAnswered()) {
                wordings.merge(Text.fold(row.deadlineWritten()),
                        new ImportPreview.DeadlineWording(row.deadlineWritten(), 1, row.due(), row.deadlineAnswered()),
                        (a, b) -> new ImportPreview.DeadlineWording(a.written(), a.cells() + 1, a.meaning(), a.answered()));
            }
        }
        return List.copyOf(wordings.values());
    }

    /** Tasks per reform area, in the areas' order; one pass over the tasks (a national file has 10^5 of them). */
    private Map<String, Integer> byArea(List<ImportedTask> tasks) {
        Map<String, Integer> perCode = new HashMap<>();
        for (ImportedTask task : tasks) {
            perCode.merge(task.row().areaCode(), 1, Integer::sum);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReformArea area : areas) {
            Integer n = perCode.get(area.code());
            if (n != null) {
                counts.put(area.code(), n);
            }
        }
        return counts;
    }

    private static Map<String, Integer> byUnit(List<ImportedTask> tasks) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ImportedTask task : tasks) {
            counts.merge(task.lead().name(), 1, Integer::sum);
        }
        return counts;
    }
}
