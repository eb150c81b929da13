package vn.cchc.dashboard.excel;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.domain.imports.ReturnedLine;
import vn.cchc.dashboard.domain.imports.SourceRow;
import vn.cchc.dashboard.domain.statistics.StatisticsCheck;

/** Reads a returned progress form: its identity from the hidden sheet, and every line the unit filled in. */
public final class ProgressFormReader {

    /**
     * A returned form: which plan and unit it was made for, when, and its lines as the unit left them; the period its
     * statistics sheet asked for and the figures written there (null and empty for a form without one).
     */
    public record Returned(String file, long planId, long unitId, Instant exportedAt, List<ReturnedLine> lines,
                           String period, List<StatisticsCheck.Cell> statistics) {
        public Returned {
            lines = List.copyOf(lines);
            statistics = List.copyOf(statistics);
        }

        /**
         * True when the unit wrote anything on the statistics sheet. A sheet left blank sends no figures (the progress
         * may come before the period's figures are ready), so the unit stays among those that have not sent them; once
         * one cell is written, the whole sheet is checked.
         */
        public boolean hasStatistics() {
            return period != null && !period.isBlank() && statistics.stream().anyMatch(
                    c -> c.written() != null && !c.written().isBlank() || c.note() != null && !c.note().isBlank());
        }
    }

    private ProgressFormReader() {
    }

    /** @throws ImportFileException for a file that cannot be read, or is not a form this application made */
    public static Returned read(Path path) {
        String name = path.getFileName().toString();
        try (TableFile file = TableFiles.open(path)) {
            if (file.sheets().stream().noneMatch(s -> s.name().equals(ProgressForm.META_SHEET))) {
                throw new ImportFileException(ImportFileException.Reason.NOT_A_FORM, name);
            }
            Map<String, String> meta = new HashMap<>();
            file.read(ProgressForm.META_SHEET, row -> {
                meta.put(row.cell(0), row.cell(1));
                return true;
            });
            List<ReturnedLine> lines = new ArrayList<>();
            file.read(ProgressForm.SHEET, row -> {
                if (row.number() > ProgressForm.HEADER_ROW + 1 && !row.isBlank()) {
                    lines.add(line(name, row));
                }
                return true;
            });
            return new Returned(name, Long.parseLong(meta.get("plan")), Long.parseLong(meta.get("unit")),
                    Instant.parse(meta.get("exportedAt")), lines, meta.get("period"), StatisticsFormSheet.read(file));
        } catch (NumberFormatException | NullPointerException | DateTimeParseException e) {
            throw new ImportFileException(ImportFileException.Reason.NOT_A_FORM, name, e);
        } catch (java.io.IOException e) {
            throw new ImportFileException(ImportFileException.Reason.CORRUPT, name, e);
        }
    }

    private static ReturnedLine line(String file, SourceRow row) {
        return new ReturnedLine(file, row.number(), row.cell(ProgressForm.ID), unsafe(row.cell(ProgressForm.CODE)),
                unsafe(row.cell(ProgressForm.TITLE)), unsafe(row.cell(ProgressForm.DEADLINE)), row.cell(ProgressForm.STATUS),
                row.cell(ProgressForm.PERCENT), row.cell(ProgressForm.COMPLETED_ON), unsafe(row.cell(ProgressForm.NOTE)),
                unsafe(row.cell(ProgressForm.EVIDENCE)));
    }

    /** The text as written before {@link XlsxTable#safeText} guarded it. */
    private static String unsafe(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }
}
