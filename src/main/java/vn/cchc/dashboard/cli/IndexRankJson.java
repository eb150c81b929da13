package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceNames;
import vn.cchc.dashboard.domain.national.Standing;

/**
 * One index's {@code index-rank --json} object; its keys are a contract with scripts. Figures are percentages with
 * two decimals; {@code gapToAverage} is signed (above the average is positive), {@code shortOfBest} is what the
 * province lacks to the best (0 for a leader); {@code placesGained} is null when the two years ranked a different
 * number of provinces.
 */
@JsonPropertyOrder({"index", "year", "province", "rank", "count", "total", "average", "best", "leaders", "gapToAverage",
        "shortOfBest", "previous", "components", "sourceFile", "importedAt"})
record IndexRankJson(String index, int year, String province, int rank, int count, BigDecimal total, BigDecimal average,
                     BigDecimal best, List<String> leaders, BigDecimal gapToAverage, BigDecimal shortOfBest,
                     PreviousJson previous, List<ComponentJson> components, String sourceFile, String importedAt) {

    @JsonPropertyOrder({"year", "rank", "count", "total", "placesGained", "pointsGained"})
    record PreviousJson(int year, int rank, int count, BigDecimal total, Integer placesGained, BigDecimal pointsGained) {
    }

    @JsonPropertyOrder({"name", "score", "average", "best", "leaders", "gapToAverage", "shortOfBest", "previousScore"})
    record ComponentJson(String name, BigDecimal score, BigDecimal average, BigDecimal best, List<String> leaders,
                         BigDecimal gapToAverage, BigDecimal shortOfBest, BigDecimal previousScore) {
    }

    static IndexRankJson of(Standing s) {
        NationalResults r = s.results();
        PreviousJson previous = s.previous() == null ? null : new PreviousJson(s.previous().year(), s.previous().rank(),
                s.previous().count(), s.previous().total(), s.placesGained().orElse(null), s.pointsGained().orElse(null));
        List<ComponentJson> components = s.components().stream().map(c -> new ComponentJson(c.name(), c.score(),
                c.average(), c.best(), c.leaders(), c.gapToAverage(), c.gapToBest(), c.previousScore())).toList();
        return new IndexRankJson(r.kind().name(), r.year(), ProvinceNames.withoutPrefix(s.province().province()), s.rank(), s.count(), s.total(),
                s.average(), s.best(), s.leaders().stream().map(NationalResults.Ranked::province).toList(),
                s.gapToAverage(), s.gapToBest(), previous, components, r.sourceFile(), r.importedAt().toString());
    }
}
