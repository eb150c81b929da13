package vn.cchc.dashboard.report.unitindex;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.Score;

/**
 * What the announcement of one group is built from: the year's criteria set, the group's ranking as the index works
 * it out, and the scores behind it (by unit id, then criterion code) to tell self-assessment, appraisal and survey.
 */
public record GroupInput(CriteriaSet set, List<IndexRanking.Ranked> ranking, Map<Long, Map<String, Score>> scores) {

    public GroupInput {
        Objects.requireNonNull(set, "set");
        ranking = List.copyOf(ranking);
        scores = Map.copyOf(scores);
    }
}
