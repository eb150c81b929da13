package vn.cchc.dashboard.domain.unitindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * Where a criteria table is: its header (one row, or two when a heading spans the columns below it: "Hướng dẫn chấm
 * điểm" over "Cách chấm | Tài liệu kiểm chứng", "Điểm" over "Tối đa | Tự chấm"), the numbering column if the set has
 * one, the title and points columns, and the guidance columns in order. Title rows above the header are passed over.
 *
 * @param lastHeader the index (in the rows given) of the header's last row; the table starts below it
 * @param number     the numbering column, -1 when the numbering is written at the start of the titles
 * @param guidance   the columns of scoring guidance, evidence and notes, joined into a line's guidance
 */
record CriteriaColumns(int lastHeader, int number, int title, int points, List<Integer> guidance) {

    /** Rows searched for the header: a decision's appendix has a few title rows and a reference to the decision. */
    static final int ROWS_TO_SCAN = 20;

    CriteriaColumns {
        guidance = List.copyOf(guidance);
    }

    /** The table's columns, or empty when no row heads both a title and a points column. */
    static Optional<CriteriaColumns> find(List<SourceRow> rows) {
        for (int i = 0; i < Math.min(ROWS_TO_SCAN, rows.size()); i++) {
            SourceRow row = rows.get(i);
            if (row.filledCells() < 2) {
                continue; // a title merged across the table is no header
            }
            List<String> names = row.cells();
            int title = classify(names, i).title();
            if (title < 0) {
                continue;
            }
            int number = classify(names, i).number();
            int last = i;
            if (i + 1 < rows.size() && isSubHeader(rows.get(i + 1), title, number)) {
                last = i + 1;
                names = joined(row, rows.get(i + 1));
            }
            CriteriaColumns columns = classify(names, last);
            if (columns.points() >= 0) {
                return Optional.of(columns);
            }
        }
        return Optional.empty();
    }

    /** The second header row: headings under the first's, with nothing under its title and numbering headings. */
    private static boolean isSubHeader(SourceRow row, int title, int number) {
        return row.cell(title).isEmpty() && (number < 0 || row.cell(number).isEmpty())
                && row.cells().stream().anyMatch(CriteriaWords::hasLetter);
    }

    /**
     * Each column's heading over both rows: "Điểm" + "Tối đa". A heading merged over several columns is written in
     * its first only, so the columns after it, blank above but headed below, take it too ("Điểm" + "Tự chấm").
     */
    private static List<String> joined(SourceRow top, SourceRow under) {
        List<String> names = new ArrayList<>();
        String spanning = "";
        for (int c = 0; c < Math.max(top.cells().size(), under.cells().size()); c++) {
            String above = top.cell(c);
            String below = under.cell(c);
            if (!above.isEmpty()) {
                spanning = above;
                names.add(below.isEmpty() ? above : above + " " + below);
            } else {
                names.add(below.isEmpty() ? "" : spanning + " " + below);
            }
        }
        return names;
    }

    /** Guidance words first: "Hướng dẫn chấm điểm tiêu chí" names neither the points nor the title. */
    private static CriteriaColumns classify(List<String> names, int last) {
        int number = -1;
        int title = -1;
        int points = -1;
        List<Integer> guidance = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (name.isBlank()) {
                continue;
            }
            if (CriteriaWords.isGuidanceHeading(name)) {
                guidance.add(c);
            } else if (points < 0 && CriteriaWords.isPointsHeading(name)) {
                points = c;
            } else if (number < 0 && CriteriaWords.isNumberHeading(name)) {
                number = c;
            } else if (title < 0 && CriteriaWords.isTitleHeading(name)) {
                title = c;
            }
        }
        return new CriteriaColumns(last, number, title, points, guidance);
    }
}
