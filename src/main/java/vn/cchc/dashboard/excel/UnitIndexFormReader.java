package vn.cchc.dashboard.excel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.dashboard.domain.imports.SourceRow;
import vn.cchc.dashboard.domain.statistics.StatisticNumber;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;

/**
 * Reads a returned self-assessment form: its identity from the hidden sheet (never from the file's name), and the
 * score, evidence and explanation of each line that was open for the unit. The first problem refuses the whole file.
 */
public final class UnitIndexFormReader {

    /**
     * A file refused, as one sentence: the message key and its arguments (the file's name first; an
     * {@link IndexGroup} argument is worded by whoever tells it).
     */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;

        Refused(String key, Object... args) {
            super(key + " " + Arrays.toString(args), null, false, false);
            this.key = key;
            this.args = args.clone();
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** A form as the unit returned it: for whom it was made, and its filled lines (blank ones left out). */
    public record Returned(String file, int year, IndexGroup group, long unitId, String unitName, Instant sentAt,
                           List<Line> lines) {
        public Returned {
            lines = List.copyOf(lines);
        }
    }

    /** One line the unit scored, and the row of the file it is on (as the user sees it, from 1). */
    public record Line(int row, String code, BigDecimal score, String evidence, String explanation) {
    }

    private UnitIndexFormReader() {
    }

    /**
     * Reads the form made for {@code year} and {@code group}.
     *
     * @throws ImportFileException for a file that cannot be read at all
     * @throws Refused             for a file that is not such a form, a form of another year or group, or a line
     *                             whose score is not a number or is missing beside its evidence
     */
    public static Returned read(Path path, int year, IndexGroup group) {
        String name = path.getFileName().toString();
        try (TableFile file = TableFiles.open(path)) {
            if (file.sheets().stream().noneMatch(s -> s.name().equals(UnitIndexForm.META_SHEET))
                    || file.sheets().stream().noneMatch(s -> s.name().equals(UnitIndexForm.SHEET))) {
                throw new Refused("unitIndex.forms.notAForm", name);
            }
            Map<String, String> meta = new HashMap<>();
            file.read(UnitIndexForm.META_SHEET, row -> {
                meta.put(row.cell(0), row.cell(1));
                return true;
            });
            if (!UnitIndexForm.FORMAT.equals(meta.get("format"))) {
                throw new Refused("unitIndex.forms.notAForm", name);
            }
            int formYear = Integer.parseInt(meta.get("year"));
            IndexGroup formGroup = IndexGroup.valueOf(meta.get("group"));
            long unitId = Long.parseLong(meta.get("unit"));
            Instant sentAt = Instant.parse(meta.get("sentAt"));
            String unitName = meta.getOrDefault("unitName", "");
            if (formYear != year || formGroup != group) {
                throw new Refused("unitIndex.forms.otherYear", name, unitName, String.valueOf(formYear), formGroup,
                        String.valueOf(year), group);
            }
            Set<String> inputs = new LinkedHashSet<>(List.of(meta.getOrDefault("inputs", "").split(",")));
            List<Line> lines = new ArrayList<>();
            // Thrown from inside the reading, a refusal would come out as a damaged file: it stops the reading instead.
            Refused[] refused = {null};
            file.read(UnitIndexForm.SHEET, row -> {
                if (row.number() > UnitIndexForm.HEADER_ROW + 1 && inputs.remove(code(row))) {
                    try {
                        line(name, row).ifPresent(lines::add);
                    } catch (Refused r) {
                        refused[0] = r;
                        return false;
                    }
                }
                return true;
            });
            if (refused[0] != null) {
                throw refused[0];
            }
            return new Returned(name, formYear, formGroup, unitId, unitName, sentAt, lines);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            // A number, group or time the hidden sheet does not hold as this application wrote it.
            throw new Refused("unitIndex.forms.notAForm", name);
        } catch (java.io.IOException e) {
            throw new ImportFileException(ImportFileException.Reason.CORRUPT, name, e);
        }
    }

    private static String code(SourceRow row) {
        return XlsxTable.unsafeText(row.cell(UnitIndexForm.CODE));
    }

    private static java.util.Optional<Line> line(String file, SourceRow row) {
        String code = code(row);
        String written = row.cell(UnitIndexForm.SCORE).strip();
        String evidence = XlsxTable.unsafeText(row.cell(UnitIndexForm.EVIDENCE));
        String explanation = XlsxTable.unsafeText(row.cell(UnitIndexForm.EXPLANATION));
        if (written.isEmpty()) {
            if (evidence.isEmpty() && explanation.isEmpty()) {
                return java.util.Optional.empty(); // not scored yet: the line says nothing
            }
            throw new Refused("unitIndex.forms.noScore", file, String.valueOf(row.number()), code);
        }
        BigDecimal score = points(written);
        if (score == null) {
            throw new Refused("unitIndex.forms.notANumber", file, String.valueOf(row.number()), code, written);
        }
        return java.util.Optional.of(new Line(row.number(), code, score, evidence, explanation));
    }

    /**
     * A score as the cell gives it. A number cell reads "1.5" or "0.25": with points of at most a few dozen, a dot is
     * always a decimal point here (never the thousands separator "1.250" would be in a count); typed text "1,5" too.
     */
    private static BigDecimal points(String written) {
        if (written.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(written).stripTrailingZeros();
        }
        return StatisticNumber.parse(written).orElse(null);
    }
}
