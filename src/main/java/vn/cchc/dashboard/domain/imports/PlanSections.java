package vn.cchc.dashboard.domain.imports;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.TaskCodes;
import vn.cchc.dashboard.domain.Text;

/**
 * Where a plan table's rows stand: the section ("II. CẢI CÁCH THỂ CHẾ") a task row falls under, which gives its
 * area and the numeral its code starts with, and the numbering within the section. A class of its own because a
 * section and the codes under it change together: a new section restarts the numbering. Every doubt is a problem at
 * its cell.
 */
final class PlanSections {

    private static final Pattern ROMAN_SECTION = Pattern.compile("^([IVXL]{1,6})(?:\\s*[.):\\-–]\\s*|\\s+|$)(.*)$");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*");
    private static final Pattern ROMAN_CODE = Pattern.compile("[IVXL]{1,6}\\.\\d{1,3}(?:\\.\\d{1,3})*");

    private final String sheet;
    private final ColumnMapping mapping;
    private final Collection<ReformArea> areas;
    private final ImportProblems problems;
    private String section;
    private String sectionArea;
    private boolean sectionUnknown;
    private int sections;
    private int lastNumber;

    PlanSections(String sheet, ColumnMapping mapping, Collection<ReformArea> areas, ImportProblems problems) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.areas = List.copyOf(areas);
        this.problems = problems;
    }

    /**
     * True when {@code row} is a section row — a Roman numeral and a heading, or an area's name in capitals, and neither
     * lead unit nor deadline — which then becomes the section of the rows below it.
     */
    boolean read(SourceRow row) {
        if (!mapping.value(row, ImportField.LEAD).isEmpty() || !mapping.value(row, ImportField.DEADLINE).isEmpty()) {
            return false;
        }
        int first = firstFilled(row, 0);
        if (first < 0) {
            return false;
        }
        String text = Text.clean(row.cell(first));
        Matcher m = ROMAN_SECTION.matcher(text);
        String roman;
        String heading;
        if (m.matches() && TaskCodes.fromRoman(m.group(1)) > 0 && TaskCodes.roman(TaskCodes.fromRoman(m.group(1))).equals(m.group(1))) {
            roman = m.group(1);
            heading = m.group(2).isEmpty() ? Text.clean(row.cell(Math.max(0, firstFilled(row, first + 1)))) : m.group(2);
        } else if (isUpperCase(text) && AreaNames.find(text, areas).isPresent()) {
            roman = TaskCodes.roman(Math.min(59, sections + 1));
            heading = text;
        } else {
            return false;
        }
        sections = TaskCodes.fromRoman(roman);
        section = roman;
        lastNumber = 0;
        Optional<ReformArea> area = AreaNames.find(heading, areas);
        sectionArea = area.map(ReformArea::code).orElse(null);
        sectionUnknown = area.isEmpty();
        if (sectionUnknown) {
            problems.add(ImportProblem.error(sheet, row.number(), first, text,
                    "import.problem.unknownSection", heading));
        }
        return true;
    }

    /** The task code of a task row: its own, under the section's numeral when it wrote only a number; else the next. */
    String code(SourceRow row) {
        String written = mapping.value(row, ImportField.CODE).replaceAll("[.)]+$", "").strip();
        if (ROMAN_CODE.matcher(written).matches()) {
            return written;
        }
        if (NUMBER.matcher(written).matches()) {
            lastNumber = Math.max(lastNumber, Integer.parseInt(written.split("\\.")[0]));
            return prefixed(written);
        }
        String numbered = prefixed(String.valueOf(++lastNumber));
        problems.add(ImportProblem.note(sheet, row.number(), mapping.columnOrNull(ImportField.CODE), written,
                "import.problem.numbered", numbered));
        return numbered;
    }

    private String prefixed(String number) {
        return section == null ? number : section + "." + number;
    }

    /** The area of a task row: the one its own cell names, else its section's. */
    String area(SourceRow row) {
        String written = mapping.value(row, ImportField.AREA);
        if (!written.isEmpty()) {
            Optional<ReformArea> area = AreaNames.find(written, areas);
            if (area.isEmpty()) {
                problems.add(ImportProblem.error(sheet, row.number(), mapping.columnOrNull(ImportField.AREA), written,
                        "import.problem.unknownArea"));
            }
            return area.map(ReformArea::code).orElse(null);
        }
        if (section == null) {
            problems.add(ImportProblem.error(sheet, row.number(), null, "", "import.problem.noArea"));
        }
        // A section whose area is unknown was reported once, at its own row.
        return sectionUnknown ? null : sectionArea;
    }

    private static int firstFilled(SourceRow row, int from) {
        for (int c = from; c < row.cells().size(); c++) {
            if (!row.cell(c).isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isUpperCase(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
    }
}
