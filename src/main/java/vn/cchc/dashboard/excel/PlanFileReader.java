package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.imports.HeaderDetector;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.PlanRowReader;
import vn.cchc.dashboard.domain.imports.SourceRow;
import vn.cchc.dashboard.domain.imports.TableLayout;
import vn.cchc.dashboard.work.Progress;

/**
 * Reads a plan from a file: finds the sheet and header of its table (the visible sheet whose header names the most
 * fields, unless the user chose one), then streams the rows under it into a {@link PlanRowReader}.
 */
public final class PlanFileReader implements AutoCloseable {

    /** Where the table is, and what the user should know about the file as a whole. */
    public record Inspection(List<TableFile.Sheet> sheets, TableLayout layout, List<ImportProblem> notes) {
        public Inspection {
            sheets = List.copyOf(sheets);
            notes = List.copyOf(notes);
        }
    }

    private final TableFile file;

    private PlanFileReader(TableFile file) {
        this.file = file;
    }

    /** @throws ImportFileException for a file of the wrong type, encrypted, damaged or a zip bomb */
    public static PlanFileReader open(Path path) {
        return new PlanFileReader(TableFiles.open(path));
    }

    /**
     * The table's layout in {@code sheet}, or in the best visible sheet when {@code sheet} is null.
     *
     * @throws ImportFileException when no sheet has a recognisable header
     */
    public Inspection inspect(String sheet) {
        List<ImportProblem> notes = new ArrayList<>(file.notes());
        List<TableLayout> found = new ArrayList<>();
        for (TableFile.Sheet s : file.sheets()) {
            if (sheet != null ? s.name().equals(sheet) : !s.hidden()) {
                layout(s.name()).ifPresent(found::add);
            } else if (sheet == null) {
                notes.add(ImportProblem.note(s.name(), 0, null, "", "import.problem.hiddenSheet", s.name()));
            }
        }
        TableLayout best = found.stream().max(Comparator.comparingInt((TableLayout l) -> l.mapping().fields().size())
                        .thenComparing(l -> -found.indexOf(l)))
                .orElseThrow(() -> new ImportFileException(ImportFileException.Reason.NO_TABLE, String.valueOf(sheet)));
        return new Inspection(file.sheets(), best, notes);
    }

    /** Streams the rows of the layout's sheet into {@code reader}, stopping when it is full. */
    public PlanRowReader read(TableLayout layout, PlanRowReader reader) {
        return read(layout, reader, Progress.NONE);
    }

    /** The same, each row a step of {@code progress} and a point where a cancel stops the reading. */
    public PlanRowReader read(TableLayout layout, PlanRowReader reader, Progress progress) {
        long[] rows = {0};
        file.read(layout.sheet(), row -> {
            progress.step("work.step.readingRows", ++rows[0], 0);
            return reader.accept(row);
        });
        return reader;
    }

    private Optional<TableLayout> layout(String sheet) {
        List<SourceRow> first = new ArrayList<>();
        file.read(sheet, row -> {
            first.add(row);
            return first.size() < HeaderDetector.ROWS_TO_SCAN + 10;
        });
        return HeaderDetector.detect(sheet, first);
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            // read-only: nothing to lose by a failed close
        }
    }
}
