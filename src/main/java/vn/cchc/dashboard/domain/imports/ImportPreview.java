package vn.cchc.dashboard.domain.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.domain.DueDate;
import vn.cchc.dashboard.domain.UnitKind;

/**
 * What an import would do – the dry run: the tasks with their units, the units it would create, the counts by
 * area and by lead unit, how many progress updates the file carries, and every problem. Only a preview without
 * errors can be imported.
 *
 * @param byArea   area code → tasks, in the programme's order of areas
 * @param byUnit   lead unit name → tasks, in order of first appearance
 * @param names    each lead unit name as the file writes it, with what it was matched to – for the user to correct
 * @param deadlines each deadline text the reader could not understand, or whose meaning the user gave
 * @param dataDate the day the file's progress stands on and who said so; null when none applies
 */
public record ImportPreview(int planYear, List<ImportedTask> tasks, List<NewUnit> newUnits,
                            Map<String, Integer> byArea, Map<String, Integer> byUnit, List<NameMatch> names,
                            List<DeadlineWording> deadlines, int progress, List<ImportProblem> problems,
                            DataDate dataDate) {

    /** A unit the import will create, with the kind its name suggests. */
    public record NewUnit(String name, UnitKind kind) {
    }

    /**
     * A lead unit name as the file first writes it, how many tasks it leads, and the unit it was matched to (null
     * when it can lead none: a collective name, or a unit that had ended). {@code chosen}: matched by the user's word.
     * {@code mergerOffer}: the name is of a department merged in 2025 and {@code unit} is its successor, proposed
     * until the user confirms it or chooses otherwise – the import waits for that word.
     */
    public record NameMatch(String written, int tasks, UnitRef unit, boolean chosen, boolean mergerOffer) {
    }

    /**
     * A deadline text as the file writes it, in how many cells, and what it means: null while nobody has said
     * (the import waits for an answer), else the user's answer ({@code answered}).
     */
    public record DeadlineWording(String written, int cells, DueDate meaning, boolean answered) {
    }

    public ImportPreview {
        deadlines = List.copyOf(deadlines);
        tasks = List.copyOf(tasks);
        names = List.copyOf(names);
        newUnits = List.copyOf(newUnits);
        problems = List.copyOf(problems);
        byArea = Collections.unmodifiableMap(new LinkedHashMap<>(byArea));
        byUnit = Collections.unmodifiableMap(new LinkedHashMap<>(byUnit));
    }

    /** This preview, its progress standing on {@code applied}. */
    public ImportPreview withDataDate(DataDate applied) {
        return new ImportPreview(planYear, tasks, newUnits, byArea, byUnit, names, deadlines, progress, problems, applied);
    }

    public boolean importable() {
        return !tasks.isEmpty() && errors() == 0;
    }

    public long errors() {
        return problems.stream().filter(ImportProblem::isError).count();
    }
}
