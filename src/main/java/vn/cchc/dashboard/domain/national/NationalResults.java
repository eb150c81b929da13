package vn.cchc.dashboard.domain.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.cchc.dashboard.domain.Text;

/**
 * One index's published results for every province in one year, as imported: the component names as the file
 * wrote them (editions differ), each province's scores, and where they came from.
 *
 * <p>The national average is the plain mean of the provinces' figures, as the Bộ Nội vụ states it ("giá trị trung
 * bình"), rounded half-up to two decimals; ranks are competition ranks: provinces with the same total share a rank
 * and the next rank skips (1, 2, 2, 4).
 *
 * @param sourceFile the file's name (without its folder), for footers and for "replaced the results imported from …"
 * @param importedBy who imported it, as the settings name the user
 */
public record NationalResults(IndexKind kind, int year, List<String> components, List<ProvinceScore> provinces,
                              String sourceFile, Instant importedAt, String importedBy) {

    /** A province in the ranking: its competition rank among {@link #count()} provinces. */
    public record Ranked(int rank, ProvinceScore score) {
        public String province() {
            return score.province();
        }
    }

    public NationalResults {
        Objects.requireNonNull(kind, "kind");
        components = List.copyOf(components);
        provinces = List.copyOf(provinces);
        if (provinces.isEmpty()) {
            throw new IllegalArgumentException("results without any province");
        }
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
    }

    public int count() {
        return provinces.size();
    }

    /** The provinces from first to last; equal totals share a rank and are listed in Vietnamese alphabetical order. */
    public List<Ranked> ranked() {
        return rank(ProvinceScore::total);
    }

    /** The same ranking on component {@code index}; provinces without that score are left out. */
    public List<Ranked> rankedOn(int index) {
        return rank(s -> s.component(index));
    }

    private List<Ranked> rank(Function<ProvinceScore, BigDecimal> figure) {
        List<ProvinceScore> scored = provinces.stream().filter(p -> figure.apply(p) != null)
                .sorted(Comparator.comparing(figure, Comparator.reverseOrder())
                        .thenComparing(ProvinceScore::province, Text.vietnameseOrder()))
                .toList();
        List<Ranked> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            boolean tied = i > 0 && figure.apply(scored.get(i)).compareTo(figure.apply(scored.get(i - 1))) == 0;
            ranked.add(new Ranked(tied ? ranked.get(i - 1).rank() : i + 1, scored.get(i)));
        }
        return List.copyOf(ranked);
    }

    /** The province the name means, however the file spelled it ({@link ProvinceNames}). */
    public Optional<Ranked> find(String province) {
        String key = ProvinceNames.key(province);
        return key.isEmpty() ? Optional.empty()
                : ranked().stream().filter(r -> ProvinceNames.key(r.province()).equals(key)).findFirst();
    }

    /** The mean of the provinces' totals. */
    public BigDecimal average() {
        return mean(provinces.stream().map(ProvinceScore::total).toList());
    }

    /** The mean of component {@code index} over the provinces that have it; null when none has. */
    public BigDecimal averageOf(int index) {
        List<BigDecimal> scores = provinces.stream().map(p -> p.component(index)).filter(Objects::nonNull).toList();
        return scores.isEmpty() ? null : mean(scores);
    }

    /** The provinces ranked first (more than one on a tie). */
    public List<Ranked> leaders() {
        return ranked().stream().filter(r -> r.rank() == 1).toList();
    }

    /** The provinces ranked first on component {@code index}. */
    public List<Ranked> leadersOn(int index) {
        return rankedOn(index).stream().filter(r -> r.rank() == 1).toList();
    }

    /** The position of the component named like {@code name} (case and diacritics aside), or -1. */
    public int componentIndex(String name) {
        String wanted = Text.fold(name);
        for (int i = 0; i < components.size(); i++) {
            if (Text.fold(components.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
