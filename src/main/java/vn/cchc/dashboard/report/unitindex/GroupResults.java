package vn.cchc.dashboard.report.unitindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;

/**
 * One group's results as the decision announces them and the results report tells them. Only units with every
 * applicable line scored are announced, ranked among themselves ({@link IndexRanking}: ties share a rank, the next
 * skips); a unit with lines still unscored, or not scored at all, is {@code pending} and never given a figure or a
 * rank, and every average, band and extreme is of the announced units alone. Pure.
 *
 * @param members   every unit the group ranks this year
 * @param announced the units with a complete score, ranked
 * @param pending   the units whose result is not yet complete, in the ranking's order
 * @param average   the announced units' mean index, half up to two decimals; null when none is announced
 * @param bands     how many announced units fall in each band, every band present
 * @param areas     per area of the set, in its order, what the announced units reached there
 * @param scoring   how the scores were arrived at
 */
public record GroupResults(IndexGroup group, CriteriaSet set, int members, List<IndexRanking.Ranked> announced,
                           List<UnitIndexResult> pending, BigDecimal average, Map<Band, Integer> bands,
                           List<AreaResult> areas, Scoring scoring) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * An area's results over the announced units it applies to.
     *
     * @param averagePercent the mean of each unit's points there over its maximum there, × 100, half up to two
     *                       decimals; null when it applies to no announced unit
     * @param lost           the points the announced units lost there, together
     */
    public record AreaResult(Criterion area, BigDecimal averagePercent, BigDecimal lost) {
    }

    /**
     * How the scores came about, as the data shows it.
     *
     * @param selfAssessed units with at least one self-assessed score
     * @param adjusted     scores the appraisal changed from the unit's own
     * @param adjustedUnits units with at least one such score
     * @param appraised    units with at least one appraised score other than the survey's
     * @param surveyLines  the lines scored by the survey alone, in the set's order
     */
    public record Scoring(int selfAssessed, int appraised, int adjusted, int adjustedUnits, List<Criterion> surveyLines) {
    }

    public GroupResults {
        announced = List.copyOf(announced);
        pending = List.copyOf(pending);
        bands = Map.copyOf(bands);
        areas = List.copyOf(areas);
    }

    public static GroupResults of(GroupInput in) {
        List<UnitIndexResult> complete = new ArrayList<>();
        List<UnitIndexResult> pending = new ArrayList<>();
        for (IndexRanking.Ranked r : in.ranking()) {
            (r.result().index() != null && r.result().complete() ? complete : pending).add(r.result());
        }
        List<IndexRanking.Ranked> announced = IndexRanking.rank(complete);
        BigDecimal average = complete.isEmpty() ? null : complete.stream().map(UnitIndexResult::index)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(complete.size()), 2, RoundingMode.HALF_UP);
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            bands.put(b, 0);
        }
        complete.forEach(r -> bands.merge(Band.of(r.index()), 1, Integer::sum));
        return new GroupResults(in.set().group(), in.set(), in.ranking().size(), announced, pending, average, bands,
                areas(in.set(), complete), scoring(in));
    }

    private static List<AreaResult> areas(CriteriaSet set, List<UnitIndexResult> units) {
        List<AreaResult> areas = new ArrayList<>();
        for (Criterion area : set.criteria().stream().filter(c -> c.level() == 1).toList()) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal lost = BigDecimal.ZERO;
            int counted = 0;
            for (UnitIndexResult unit : units) {
                for (UnitIndexResult.AreaLoss loss : unit.losses()) {
                    if (loss.areaCode().equals(area.code()) && loss.max().signum() > 0) {
                        sum = sum.add(loss.max().subtract(loss.lost()).multiply(HUNDRED).divide(loss.max(), 10,
                                RoundingMode.HALF_UP));
                        lost = lost.add(loss.lost());
                        counted++;
                    }
                }
            }
            areas.add(new AreaResult(area, counted == 0 ? null
                    : sum.divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP), lost));
        }
        return areas;
    }

    private static Scoring scoring(GroupInput in) {
        int self = 0;
        int appraised = 0;
        int adjusted = 0;
        int adjustedUnits = 0;
        Map<String, Boolean> surveyOnly = new LinkedHashMap<>();
        for (IndexRanking.Ranked r : in.ranking()) {
            Map<String, Score> scores = in.scores().getOrDefault(r.result().unitId(), Map.of());
            if (scores.values().stream().anyMatch(s -> s.selfScore() != null)) {
                self++;
            }
            if (scores.values().stream().anyMatch(s -> s.appraisedScore() != null && !s.fromSurvey())) {
                appraised++;
            }
            long changed = scores.values().stream().filter(Score::differs).count();
            adjusted += (int) changed;
            adjustedUnits += changed > 0 ? 1 : 0;
            for (Score s : scores.values()) {
                surveyOnly.merge(s.code(), s.fromSurvey(), Boolean::logicalAnd);
            }
        }
        TreeSet<String> survey = new TreeSet<>();
        surveyOnly.forEach((code, only) -> {
            if (only) {
                survey.add(code);
            }
        });
        List<Criterion> lines = in.set().leaves().stream().filter(c -> survey.contains(c.code())).toList();
        return new Scoring(self, appraised, adjusted, adjustedUnits, lines);
    }

    /** The announced units with the highest index (more than one when they tie). */
    public List<UnitIndexResult> highest() {
        return announced.isEmpty() ? List.of() : announced.stream().map(IndexRanking.Ranked::result)
                .filter(r -> r.index().compareTo(announced.get(0).result().index()) == 0).toList();
    }

    /** The announced units with the lowest index, in the ranking's order. */
    public List<UnitIndexResult> lowest() {
        return announced.isEmpty() ? List.of() : announced.stream().map(IndexRanking.Ranked::result)
                .filter(r -> r.index().compareTo(announced.get(announced.size() - 1).result().index()) == 0).toList();
    }

    /** The ranks shared by more than one unit, each with its units in order. */
    public Map<Integer, List<UnitIndexResult>> ties() {
        Map<Integer, List<UnitIndexResult>> ties = new LinkedHashMap<>();
        announced.stream().filter(IndexRanking.Ranked::tied)
                .forEach(r -> ties.computeIfAbsent(r.rank(), k -> new ArrayList<>()).add(r.result()));
        return ties;
    }

    /** Units whose maximum shrank because some lines do not apply to them. */
    public long withExemptions() {
        return java.util.stream.Stream.concat(announced.stream().map(IndexRanking.Ranked::result), pending.stream())
                .filter(r -> r.applicableMax().compareTo(set.maxPoints()) < 0).count();
    }

    /** The areas with the lowest average share reached, lowest first, at most {@code limit}. */
    public List<AreaResult> weakestAreas(int limit) {
        return areas.stream().filter(a -> a.averagePercent() != null)
                .sorted(java.util.Comparator.comparing(AreaResult::averagePercent)).limit(limit).toList();
    }

    /** The area where the announced units lost most points together, if any lost any. */
    public java.util.Optional<AreaResult> mostLost() {
        return areas.stream().filter(a -> a.lost().signum() > 0).max(java.util.Comparator.comparing(AreaResult::lost));
    }
}
