package vn.cchc.dashboard.chart;

import java.time.LocalDate;
import java.util.Locale;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceNames;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.NationalWording;

/**
 * The charts of where the province stands nationally: the ranking of every province, and the province's components
 * against the national average and the best. Dated the last day of the results' year, which they describe.
 */
public final class NationalCharts {

    private NationalCharts() {
    }

    /**
     * Every province ranked by its total.
     *
     * @param standing the province to pick out, or null when it is not among the results
     */
    public static ExportableChart ranking(NationalResults results, Standing standing, Messages messages) {
        return new ExportableChart(name("xep-hang", results), rankingTitle(results, messages), yearEnd(results),
                () -> NationalRankingChart.build(results, standing, messages),
                NationalRankingChart.minimumLayoutHeight(results));
    }

    /**
     * As {@link #ranking}, for a printed document: a column per province (a 16 × 9 cm figure cannot give 63 rows a
     * legible name each), in the document's serif face.
     */
    public static ExportableChart rankingForDocument(NationalResults results, Standing standing, Messages messages) {
        return new ExportableChart(name("xep-hang", results), rankingTitle(results, messages), yearEnd(results),
                () -> ChartFonts.inDocumentFace(() -> NationalRankingChart.build(results, standing, messages,
                        NationalRankingChart.Layout.COLUMNS)), 0);
    }

    /** The province on each component, beside the national average and the best. */
    public static ExportableChart components(Standing standing, Messages messages) {
        return new ExportableChart(name("thanh-phan", standing.results()), messages.format("national.chart.components.title",
                NationalWording.title(standing.results(), messages),
                ProvinceNames.withoutPrefix(standing.province().province())),
                yearEnd(standing.results()), () -> NationalComponentChart.build(standing, messages),
                NationalComponentChart.minimumLayoutHeight(standing));
    }

    /** "xep-hang-par-2024": the command line's and the files' name. */
    private static String name(String what, NationalResults results) {
        return what + "-" + results.kind().cliName().toLowerCase(Locale.ROOT) + "-" + results.year();
    }

    private static String rankingTitle(NationalResults results, Messages messages) {
        return messages.format("national.chart.ranking.title", NationalWording.index(results.kind(), messages),
                String.valueOf(results.year()));
    }

    private static LocalDate yearEnd(NationalResults results) {
        return LocalDate.of(results.year(), 12, 31);
    }

    /** "Nguồn: kết quả PAR INDEX năm 2024 do Bộ Nội vụ công bố (tệp par-index-2024.xlsx)". */
    static String footer(NationalResults results, Messages messages) {
        return messages.format("national.chart.footer", NationalWording.title(results, messages), results.sourceFile());
    }
}
