package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * Reads a criteria set (Bộ tiêu chí) from the rows of its appendix: a header "STT | Lĩnh vực/tiêu chí | Điểm tối đa |
 * Hướng dẫn chấm điểm…" ({@link CriteriaColumns}), then one row per area, criterion and sub-criterion, numbered in the
 * numbering column or at the start of the title. Codes are normalised ({@link CriteriaOutline}); a parent's blank
 * maximum is its children's sum ({@link CriteriaPoints}). Title rows, blank rows, a column-numbering row ("(1) | (2)
 * …"), subtotals and headings of the table's own are passed over; the table ends at its grand total ("Tổng cộng") or
 * its notes ("Ghi chú:"), and what follows — more notes, the signature — is not read.
 * <p>
 * All or nothing: the first problem refuses the whole file ({@link CriteriaRefused}) with the row it is on.
 */
public final class CriteriaSheetReader {

    private static final int TITLE_SHOWN = 60;
    /** A word is two letters in a row: "(1)", "A", "(5)=(3)x(4)" are column numbers, not titles. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2}");

    /** The grand total the file wrote, to be checked against the areas' sum. */
    private record Total(int row, BigDecimal points) {
    }

    private CriteriaSheetReader() {
    }

    /** True when the rows have a criteria header: the sheet to read among several. */
    public static boolean hasTable(List<SourceRow> rows) {
        return CriteriaColumns.find(rows).isPresent();
    }

    /**
     * The set's lines in the file's order, codes normalised, every maximum known.
     *
     * @throws CriteriaRefused for a missing header, an empty table, wrong numbering, missing or wrong points
     */
    public static List<Criterion> read(List<SourceRow> rows) {
        CriteriaColumns columns = CriteriaColumns.find(rows)
                .orElseThrow(() -> new CriteriaRefused(CriteriaRefused.Kind.NO_HEADER));
        CriteriaOutline outline = new CriteriaOutline();
        DraftLine last = null;
        Total total = null;
        for (SourceRow row : rows.subList(columns.lastHeader() + 1, rows.size())) {
            if (row.isBlank() || last == null && isColumnNumbers(row)) {
                continue; // below the first line, "1 | 2 | 3" is a line and its problems are named
            }
            String number = columns.number() < 0 ? "" : row.cell(columns.number());
            String title = row.cell(columns.title());
            Optional<Numbering> numbering = Numbering.whole(number);
            if (numbering.isEmpty() && title.isEmpty()) {
                title = number; // a row merged across the table from its first cell: "I. CÔNG TÁC CHỈ ĐẠO…"
            }
            if (numbering.isEmpty()) {
                Optional<Numbering.Split> split = Numbering.leading(title);
                numbering = split.map(Numbering.Split::numbering);
                title = split.map(Numbering.Split::rest).orElse(title);
            }
            if (numbering.isPresent()) {
                last = line(row, columns, numbering.get(), title);
                outline.place(last);
                continue;
            }
            if (CriteriaWords.isGrandTotal(title)) {
                total = new Total(row.number(), PointsText.parse(row.cell(columns.points())).orElse(null));
                if (last != null) {
                    break;
                }
            } else if (CriteriaWords.isNotes(title) && last != null) {
                break;
            } else if (!row.cell(columns.points()).isEmpty() && CriteriaWords.hasLetter(title)
                    && !CriteriaWords.isSubtotal(title) && !isHeadingAgain(row, columns)) {
                throw new CriteriaRefused(CriteriaRefused.Kind.UNNUMBERED, row.number(), "", shortened(title));
            } else if (title.isEmpty() && last != null) {
                last.guidance.addAll(guidance(row, columns)); // guidance running on below its line
            }
            // Otherwise a heading of the table's own ("A. ĐIỂM TỰ ĐÁNH GIÁ"), a subtotal, the header repeated: no line.
        }
        if (outline.areas().isEmpty()) {
            throw new CriteriaRefused(CriteriaRefused.Kind.EMPTY);
        }
        CriteriaPoints.settle(outline.areas());
        checkTotal(total, outline.areas());
        List<Criterion> criteria = new ArrayList<>();
        outline.areas().forEach(area -> collect(area, criteria));
        return List.copyOf(criteria);
    }

    private static DraftLine line(SourceRow row, CriteriaColumns columns, Numbering numbering, String written) {
        TitleText title = TitleText.of(written);
        String pointsText = row.cell(columns.points());
        String cell = SourceRow.columnName(columns.points()) + row.number();
        BigDecimal points = null;
        String titleText = title.title();
        if (pointsText.isEmpty()) {
            // An area row merged across the points column may carry them in its title: "… CCHC (10 điểm)".
            Optional<PointsText.TitlePoints> inTitle = PointsText.atEndOf(titleText);
            points = inTitle.map(PointsText.TitlePoints::points).orElse(null);
            titleText = inTitle.map(PointsText.TitlePoints::title).orElse(titleText);
        } else {
            points = PointsText.parse(pointsText).orElseThrow(() -> new CriteriaRefused(
                    CriteriaRefused.Kind.BAD_POINTS, row.number(), numbering.written(), cell, pointsText));
            if (points.signum() < 0) {
                throw new CriteriaRefused(CriteriaRefused.Kind.NEGATIVE_POINTS, row.number(), numbering.written(), cell,
                        points);
            }
            BigDecimal inColumn = points;
            // "(10 điểm)" repeating the points column says nothing more; a different figure stays for the reader to see.
            titleText = PointsText.atEndOf(titleText).filter(t -> t.points().compareTo(inColumn) == 0)
                    .map(PointsText.TitlePoints::title).orElse(titleText);
        }
        if (titleText.isEmpty()) {
            throw new CriteriaRefused(CriteriaRefused.Kind.NO_TITLE, row.number(), numbering.written());
        }
        List<String> guidance = new ArrayList<>(guidance(row, columns));
        guidance.addAll(title.remarks());
        return new DraftLine(row.number(), numbering, titleText, points, cell, guidance);
    }

    private static List<String> guidance(SourceRow row, CriteriaColumns columns) {
        return columns.guidance().stream().map(row::cell).filter(text -> !text.isEmpty()).toList();
    }

    /** "(1) | (2) | (3)", "1 | 2 | 3", "A | B | C": the row numbering the columns under the header. */
    private static boolean isColumnNumbers(SourceRow row) {
        return row.filledCells() >= 2 && row.cells().stream()
                .allMatch(cell -> cell.length() <= 12 && !WORD.matcher(cell).find());
    }

    /** The header again, as a table split over pages sometimes repeats it. */
    private static boolean isHeadingAgain(SourceRow row, CriteriaColumns columns) {
        return CriteriaWords.isTitleHeading(row.cell(columns.title()))
                && CriteriaWords.isPointsHeading(row.cell(columns.points()));
    }

    private static void checkTotal(Total total, List<DraftLine> areas) {
        if (total == null || total.points() == null) {
            return; // a totals row without a figure, or with words only: nothing to check
        }
        BigDecimal sum = PointsText.tidy(areas.stream().map(a -> a.points).reduce(BigDecimal.ZERO, BigDecimal::add));
        if (sum.compareTo(total.points()) != 0) {
            throw new CriteriaRefused(CriteriaRefused.Kind.TOTAL_DIFFERS, total.row(), "", total.points(), sum);
        }
    }

    private static void collect(DraftLine line, List<Criterion> into) {
        into.add(line.criterion(into.size() + 1));
        line.children.forEach(child -> collect(child, into));
    }

    private static String shortened(String title) {
        String flat = title.replace('\n', ' ');
        return flat.length() <= TITLE_SHOWN ? flat : flat.substring(0, TITLE_SHOWN - 1).strip() + "…";
    }
}
