package vn.cchc.dashboard.domain.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which data date a tracking workbook's progress is recorded on: the one the user typed, else the one its title rows
 * name – never the day of the import, which would make every status of an old workbook look new, and every task
 * look untouched on the day the file speaks of. A date after today or one that does not exist is refused; so is a
 * workbook whose progress needs a date when nobody gives one. A plan appendix without progress columns needs none.
 */
public final class DataDateChoice {

    private static final Set<String> REFUSALS = Set.of("import.problem.dataDateMissing",
            "import.problem.dataDateFuture", "import.problem.dataDateFutureInFile", "import.problem.dataDateImpossible");

    private final DataDate applied;
    private final List<ImportProblem> refusals = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();
    private final String sheet;

    private DataDateChoice(String sheet, LocalDate typed, DataDateLine written, LocalDate today) {
        this.sheet = sheet;
        this.applied = typed != null ? typedDate(typed, written, today) : writtenDate(written, today);
    }

    /**
     * @param typed   the data date the user gave, or null
     * @param written the data date line of the file's title rows, or null
     */
    public static DataDateChoice of(String sheet, LocalDate typed, DataDateLine written, LocalDate today) {
        return new DataDateChoice(sheet, typed, written, today);
    }

    /** Whether {@code problem} refuses the import for want of a usable data date – fixed by giving one, not in the rows. */
    public static boolean refusesDataDate(ImportProblem problem) {
        return problem.isError() && REFUSALS.contains(problem.messageKey());
    }

    /** The data date that applies, or null when none does (none given, or the one given is refused). */
    public DataDate applied() {
        return applied;
    }

    /** The day rows are recorded on where they give none, or null. */
    public LocalDate day() {
        return applied == null ? null : applied.date();
    }

    /**
     * What to say about the data date once the rows are read.
     *
     * @param progressColumns whether the table has progress columns at all: without them no date matters
     * @param rowsNeedingDate rows whose progress could not be dated because no data date applies
     */
    public List<ImportProblem> problems(boolean progressColumns, int rowsNeedingDate) {
        if (!progressColumns) {
            return List.of();
        }
        List<ImportProblem> all = new ArrayList<>(refusals);
        all.addAll(notes);
        if (applied == null && refusals.isEmpty() && rowsNeedingDate > 0) {
            all.add(ImportProblem.error(sheet, 0, null, "", "import.problem.dataDateMissing",
                    String.valueOf(rowsNeedingDate)));
        }
        return all;
    }

    private DataDate typedDate(LocalDate typed, DataDateLine written, LocalDate today) {
        if (typed.isAfter(today)) {
            refusals.add(ImportProblem.error(sheet, 0, null, "", "import.problem.dataDateFuture", typed.toString(),
                    today.toString()));
            return null;
        }
        if (written != null && !typed.equals(written.date())) {
            notes.add(ImportProblem.note(sheet, written.row(), null, written.text(), "import.problem.dataDateTyped",
                    typed.toString()));
        }
        return DataDate.typed(typed);
    }

    private DataDate writtenDate(DataDateLine written, LocalDate today) {
        if (written == null) {
            return null;
        }
        if (!written.exists()) {
            refusals.add(ImportProblem.error(sheet, written.row(), null, written.text(), "import.problem.dataDateImpossible"));
            return null;
        }
        if (written.date().isAfter(today)) {
            refusals.add(ImportProblem.error(sheet, written.row(), null, written.text(),
                    "import.problem.dataDateFutureInFile", written.date().toString(), today.toString()));
            return null;
        }
        return DataDate.fromFile(written);
    }
}
