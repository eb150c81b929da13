package vn.cchc.dashboard.domain.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.dashboard.domain.DeadlineText;
import vn.cchc.dashboard.domain.DueDate;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.Text;

/**
 * Reads the rows under a plan table's header one at a time, as a streaming reader hands them over, and decides
 * what each is: a section row ("II. CẢI CÁCH THỂ CHẾ") giving the area of the rows below it, a task, a heading
 * or a footnote to pass over. Every doubt becomes a problem pointing at its cell. Memory stays bounded: after
 * {@link #MAX_TASKS} tasks it stops and says so.
 */
public final class PlanRowReader {

    /**
     * Far above any real plan (40–150 tasks a province a year; a national plan a few thousand), as large as the
     * plans the app is measured with (the benchmark's stress store), far below what would exhaust memory.
     */
    public static final int MAX_TASKS = 100_000;

    private final TableLayout layout;
    private final ColumnMapping mapping;
    private final int planYear;
    private final ProgressColumns progress;
    private final ImportProblems problems;
    private final PlanSections sections;
    private final Map<String, DeadlineAnswer> deadlineAnswers = new HashMap<>();
    private final List<ImportRow> rows = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private final Set<Integer> formulaNoted = new HashSet<>();
    private boolean firstRow = true;
    private boolean full;

    /**
     * @param dataDate the day a tracking workbook's figures stand on, where a row gives no completion date; null when
     *                 none is known (such rows then record nothing, see {@link #rowsNeedingDataDate()})
     * @param today    for refusing progress dated in the future
     */
    public PlanRowReader(TableLayout layout, Collection<ReformArea> areas, int planYear, LocalDate dataDate,
                         LocalDate today) {
        this(layout, areas, planYear, dataDate, today, List.of());
    }

    /** @param deadlineAnswers the user's word on what deadline texts mean, over the reader's own reading */
    public PlanRowReader(TableLayout layout, Collection<ReformArea> areas, int planYear, LocalDate dataDate,
                         LocalDate today, Collection<DeadlineAnswer> deadlineAnswers) {
        deadlineAnswers.forEach(answer -> this.deadlineAnswers.put(answer.key(), answer));
        this.layout = layout;
        this.mapping = layout.mapping();
        this.planYear = planYear;
        this.problems = new ImportProblems();
        this.progress = new ProgressColumns(layout.sheet(), mapping, planYear, dataDate, today, problems);
        this.sections = new PlanSections(layout.sheet(), mapping, areas, problems);
    }

    /** Reads one row after the header; false once the reader is full and wants no more. */
    public boolean accept(SourceRow row) {
        if (row.number() <= layout.lastHeaderRow() || row.isBlank()) {
            return true;
        }
        boolean first = firstRow;
        firstRow = false;
        if (first && ColumnNumbers.isNumberingRow(row)) {
            return true;
        }
        noteFormulas(row);
        if (sections.read(row)) {
            return true;
        }
        String title = mapping.value(row, ImportField.TITLE);
        String lead = mapping.lines(row, ImportField.LEAD);
        String deadline = mapping.value(row, ImportField.DEADLINE);
        if (title.isEmpty()) {
            if (!lead.isEmpty() || !deadline.isEmpty()) {
                problems.add(ImportProblem.error(layout.sheet(), row.number(), column(ImportField.TITLE), "",
                        "import.problem.titleMissing"));
            }
            return true;
        }
        if (lead.isEmpty() && deadline.isEmpty() && !hasProgress(row)) {
            problems.add(ImportProblem.note(layout.sheet(), row.number(), column(ImportField.TITLE), title,
                    "import.problem.heading"));
            return true;
        }
        if (rows.size() >= MAX_TASKS) {
            problems.add(ImportProblem.error(layout.sheet(), row.number(), null, "", "import.problem.tooManyRows",
                    String.valueOf(MAX_TASKS)));
            full = true;
            return false;
        }
        rows.add(task(row, title, lead, deadline));
        return true;
    }

    public List<ImportRow> rows() {
        return List.copyOf(rows);
    }

    public List<ImportProblem> problems() {
        return problems.all();
    }

    /** Rows whose progress needed a data date that was not known: they were read without their progress. */
    public int rowsNeedingDataDate() {
        return progress.rowsNeedingDataDate();
    }

    /** True when the file had more task rows than an import takes. */
    public boolean isFull() {
        return full;
    }

    private ImportRow task(SourceRow row, String title, String lead, String deadline) {
        String sheet = layout.sheet();
        String code = sections.code(row);
        Integer first = codes.putIfAbsent(code.toUpperCase(java.util.Locale.ROOT), row.number());
        if (first != null) {
            problems.add(ImportProblem.error(sheet, row.number(), column(ImportField.CODE), code,
                    "import.problem.duplicateCode", code, String.valueOf(first)));
        }
        String cooperation = mapping.value(row, ImportField.COOPERATING);
        String output = mapping.value(row, ImportField.OUTPUT);
        checkLength(row, ImportField.TITLE, title, TaskDraft.TITLE_LIMIT);
        checkLength(row, ImportField.COOPERATING, cooperation, 1000);
        checkLength(row, ImportField.OUTPUT, output, 500);
        checkLength(row, ImportField.DEADLINE, deadline, 200);
        checkLength(row, ImportField.LEAD, lead, 1000);
        if (lead.isEmpty()) {
            problems.add(ImportProblem.error(sheet, row.number(), column(ImportField.LEAD), "", "import.problem.leadMissing"));
        }
        DeadlineAnswer answer = deadline.isEmpty() ? null : deadlineAnswers.get(Text.fold(deadline));
        DueDate due = answer == null ? due(row, deadline) : answered(row, answer);
        String stored = answer == null || due == null ? deadline : answer.storedText(deadline, planYear);
        return new ImportRow(sheet, row.number(), code, sections.area(row), title, lead, blankToNull(cooperation),
                blankToNull(output), stored, deadline, due, progress.read(row),
                SourceRow.columnName(mapping.column(ImportField.LEAD).orElse(0)));
    }

    private DueDate due(SourceRow row, String deadline) {
        Integer column = column(ImportField.DEADLINE);
        if (deadline.isEmpty()) {
            problems.add(ImportProblem.error(layout.sheet(), row.number(), column, "", "import.problem.deadlineMissing"));
            return null;
        }
        try {
            return inPlanYear(row, deadline, DeadlineText.parse(deadline, planYear));
        } catch (DeadlineText.InvalidDeadlineException e) {
            problems.add(ImportProblem.error(layout.sheet(), row.number(), column, deadline,
                    e.problem() == DeadlineText.Problem.IMPOSSIBLE_DATE
                            ? "import.problem.deadlineImpossible" : "import.problem.deadlineUnreadable",
                    String.valueOf(planYear)));
            return null;
        }
    }

    /** {@code due}, with an error at the cell when it falls before the plan's year (a year mistyped, a wrong plan). */
    private DueDate inPlanYear(SourceRow row, String text, DueDate due) {
        if (due.date() != null && due.date().getYear() < planYear) {
            problems.add(ImportProblem.error(layout.sheet(), row.number(), column(ImportField.DEADLINE), text,
                    "import.problem.deadlineBeforePlan", String.valueOf(planYear)));
        }
        return due;
    }

    /** The deadline the user gave for this text; a meaning that cannot be read itself is an error at the cell. */
    private DueDate answered(SourceRow row, DeadlineAnswer answer) {
        try {
            return inPlanYear(row, answer.written(), answer.due(planYear));
        } catch (DeadlineText.InvalidDeadlineException e) {
            problems.add(ImportProblem.error(layout.sheet(), row.number(), column(ImportField.DEADLINE), answer.written(),
                    "import.problem.deadlineAnswerUnreadable", answer.meaning(), String.valueOf(planYear)));
            return null;
        }
    }

    private boolean hasProgress(SourceRow row) {
        return !mapping.value(row, ImportField.STATUS).isEmpty() || !mapping.value(row, ImportField.COMPLETED_ON).isEmpty();
    }

    private void noteFormulas(SourceRow row) {
        for (int column : row.formulaColumns()) {
            if (mapping.field(column).isPresent() && formulaNoted.add(column)) {
                problems.add(ImportProblem.note(layout.sheet(), row.number(), column, row.cell(column),
                        row.cell(column).isEmpty() ? "import.problem.formulaNoValue" : "import.problem.formula"));
            }
        }
    }

    private void checkLength(SourceRow row, ImportField field, String value, int limit) {
        if (value.length() > limit) {
            problems.add(ImportProblem.error(layout.sheet(), row.number(), column(field), value.substring(0, 60) + "…",
                    "import.problem.tooLong", String.valueOf(limit)));
        }
    }

    private Integer column(ImportField field) {
        return mapping.columnOrNull(field);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
