package vn.cchc.dashboard.domain.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * Reads one year's published results from the rows of a sheet: a header "Tỉnh/thành phố | Tổng điểm/Chỉ số |
 * components…" ({@link ResultColumns}), then one row per province. Every figure is a percentage with two decimals;
 * a column written as fractions (0,8698) is read as percentages (86,98). Rows that name no province (a column
 * numbering row, "Bình quân cả nước", a source note) are passed over.
 * <p>
 * All or nothing: the first problem refuses the whole file ({@link ResultsRefused}) with the cell it is in.
 */
public final class ResultSheetReader {

    /** Two provinces at least, or there is nothing to rank against. */
    public static final int FEWEST_PROVINCES = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The results a sheet holds: the component names in column order, and each province's scores. */
    public record Parsed(List<String> components, List<ProvinceScore> provinces) {
        public Parsed {
            components = List.copyOf(components);
            provinces = List.copyOf(provinces);
        }
    }

    /** A province's row as written, before its columns are known to be fractions or percentages. */
    private record Line(int number, String province, List<ScoreText.Figure> figures) {
    }

    private ResultSheetReader() {
    }

    /** True when the rows have a header naming a province column: the sheet to read among several. */
    public static boolean hasTable(List<SourceRow> rows) {
        try {
            return ResultColumns.find(rows).isPresent();
        } catch (ResultsRefused noTotal) {
            return true; // the table is here, only its total column is missing: say so rather than "no table"
        }
    }

    /** @throws ResultsRefused for a missing header or total column, a bad or missing figure, a province twice, too few */
    public static Parsed read(List<SourceRow> rows) {
        ResultColumns columns = ResultColumns.find(rows)
                .orElseThrow(() -> new ResultsRefused("national.refused.noHeader"));
        List<Integer> figureColumns = new ArrayList<>();
        figureColumns.add(columns.total());
        columns.components().forEach(c -> figureColumns.add(c.column()));
        List<Line> lines = new ArrayList<>();
        Map<String, Line> byKey = new HashMap<>();
        for (SourceRow row : rows.subList(columns.lastHeader() + 1, rows.size())) {
            Optional<Line> line = line(row, columns.province(), figureColumns);
            if (line.isEmpty()) {
                continue;
            }
            Line earlier = byKey.putIfAbsent(ProvinceNames.key(line.get().province()), line.get());
            if (earlier != null) {
                throw new ResultsRefused("national.refused.duplicate", earlier.province(),
                        String.valueOf(earlier.number()), line.get().province(), String.valueOf(row.number()));
            }
            lines.add(line.get());
        }
        if (lines.size() < FEWEST_PROVINCES) {
            throw new ResultsRefused("national.refused.tooFew", lines.size());
        }
        List<List<BigDecimal>> scores = scale(lines, figureColumns);
        List<ProvinceScore> provinces = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<BigDecimal> row = scores.get(i);
            provinces.add(new ProvinceScore(lines.get(i).province(), row.get(0), row.subList(1, row.size())));
        }
        return new Parsed(columns.components().stream().map(ResultColumns.Component::name).toList(), provinces);
    }

    /** A province's row; empty for a row that names none, sums the table up, or carries no figure at all. */
    private static Optional<Line> line(SourceRow row, int provinceColumn, List<Integer> figureColumns) {
        String province = Text.clean(row.cell(provinceColumn).replace('\n', ' '));
        if (!HeaderWords.hasLetter(province) || HeaderWords.isAggregate(province)
                || figureColumns.stream().allMatch(c -> row.cell(c).isEmpty())) {
            return Optional.empty();
        }
        List<ScoreText.Figure> figures = new ArrayList<>();
        for (int i = 0; i < figureColumns.size(); i++) {
            int column = figureColumns.get(i);
            String text = row.cell(column);
            String cell = SourceRow.columnName(column) + row.number();
            if (text.isEmpty()) {
                if (i == 0) {
                    throw new ResultsRefused("national.refused.noTotalValue", cell, province);
                }
                figures.add(null);
                continue;
            }
            figures.add(ScoreText.parse(text).orElseThrow(() ->
                    new ResultsRefused("national.refused.badNumber", cell, province, text)));
        }
        return Optional.of(new Line(row.number(), province, figures));
    }

    /**
     * Percentages with two decimals, half-up. A column whose bare figures are all at most 1 holds fractions (a
     * percent-formatted Excel cell read raw): those are multiplied by 100; figures with a "%" are taken as written.
     */
    private static List<List<BigDecimal>> scale(List<Line> lines, List<Integer> figureColumns) {
        List<List<BigDecimal>> scores = new ArrayList<>();
        lines.forEach(l -> scores.add(new ArrayList<>()));
        for (int i = 0; i < figureColumns.size(); i++) {
            int index = i;
            boolean fractions = lines.stream().map(l -> l.figures().get(index))
                    .filter(f -> f != null && !f.percentSign()).allMatch(f -> f.value().compareTo(BigDecimal.ONE) <= 0);
            for (int l = 0; l < lines.size(); l++) {
                ScoreText.Figure figure = lines.get(l).figures().get(i);
                BigDecimal value = figure == null ? null
                        : (fractions && !figure.percentSign() ? figure.value().multiply(HUNDRED) : figure.value())
                        .setScale(2, RoundingMode.HALF_UP);
                if (value != null && value.compareTo(HUNDRED) > 0) {
                    throw new ResultsRefused("national.refused.over100",
                            SourceRow.columnName(figureColumns.get(i)) + lines.get(l).number(), lines.get(l).province(),
                            value);
                }
                scores.get(l).add(value);
            }
        }
        return scores;
    }
}
