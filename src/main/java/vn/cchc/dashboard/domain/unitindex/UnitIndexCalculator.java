package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out a unit's index as the province's methodology states it: the scored criteria that apply to the unit (not
 * exempt, nor under an exempt line), the score that counts on each (appraised, else the unit's own), index = points /
 * applicable maximum × 100, rounded half up to two decimals; no index while nothing is scored. Pure.
 */
public final class UnitIndexCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private UnitIndexCalculator() {
    }

    public static UnitIndexResult compute(CriteriaSet set, UnitAssessment unit) {
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        List<String> missing = new ArrayList<>();
        Map<String, BigDecimal[]> byArea = new LinkedHashMap<>();
        for (Criterion leaf : set.leaves()) {
            if (!set.applies(leaf, unit.exempt())) {
                continue;
            }
            Score score = unit.scores().get(leaf.code());
            BigDecimal scored = score == null ? null : score.finalScore();
            if (scored == null) {
                missing.add(leaf.code());
                scored = BigDecimal.ZERO;
            }
            points = points.add(scored);
            max = max.add(leaf.maxPoints());
            BigDecimal[] area = byArea.computeIfAbsent(area(leaf), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            area[0] = area[0].add(leaf.maxPoints().subtract(scored));
            area[1] = area[1].add(leaf.maxPoints());
        }
        // Nothing scored yet is no index of 0: the unit has not been assessed, and is not ranked.
        boolean assessed = missing.size() < set.leaves().stream().filter(l -> set.applies(l, unit.exempt())).count();
        BigDecimal index = max.signum() == 0 || !assessed ? null
                : points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
        List<UnitIndexResult.AreaLoss> losses = byArea.entrySet().stream()
                .map(e -> new UnitIndexResult.AreaLoss(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(UnitIndexResult.AreaLoss::lost).reversed()).toList();
        return new UnitIndexResult(unit.unitId(), unit.unitName(), points, max, index, missing, losses);
    }

    private static String area(Criterion leaf) {
        return leaf.code().split("\\.")[0];
    }
}
