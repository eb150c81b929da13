package vn.cchc.dashboard.domain.unitindex;

import java.util.Map;
import java.util.Set;

/**
 * One unit's year in the index: the criteria that do not apply to it (exempting a line exempts everything under it)
 * and its scores by criterion code.
 */
public record UnitAssessment(long unitId, String unitName, Set<String> exempt, Map<String, Score> scores) {

    public UnitAssessment {
        exempt = Set.copyOf(exempt);
        scores = Map.copyOf(scores);
    }
}
