package vn.cchc.dashboard.excel;

import java.io.Closeable;
import java.util.List;
import java.util.function.Predicate;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.SourceRow;

/** A file of tables, whatever its format: its sheets, and their rows handed over one at a time. */
public interface TableFile extends Closeable {

    /** A sheet (or a Word table) and whether the workbook hides it. */
    record Sheet(String name, boolean hidden) {
    }

    List<Sheet> sheets();

    /**
     * Hands the rows of {@code sheet} to {@code sink} in order, until the sheet ends or the sink answers false.
     * Memory does not grow with the number of rows.
     */
    void read(String sheet, Predicate<SourceRow> sink);

    /** What reading the file noticed that the user should know (the text encoding a CSV file turned out to have). */
    default List<ImportProblem> notes() {
        return List.of();
    }
}
