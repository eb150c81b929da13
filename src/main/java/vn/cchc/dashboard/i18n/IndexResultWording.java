package vn.cchc.dashboard.i18n;

import java.util.List;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;

/**
 * What a unit's place in the ranking says beside its index, alike on the command line and in the window: the area that
 * cost it most, or the lines still without a score.
 */
public final class IndexResultWording {

    private IndexResultWording() {
    }

    /** "mất nhiều điểm nhất: Cải cách thủ tục hành chính (−3,5/12)"; empty when the unit lost nothing. */
    public static String mostLost(UnitIndexResult result, CriteriaSet set, Messages messages) {
        return result.losses().stream().filter(l -> l.lost().signum() > 0).findFirst()
                .map(l -> messages.format("unitIndex.rank.mostLost",
                        set.criterion(l.areaCode()).map(Criterion::title).orElse(l.areaCode()),
                        messages.formats().compact(l.lost()), messages.formats().compact(l.max())))
                .orElse("");
    }

    /** "còn thiếu điểm 32 tiêu chí: 1.1.2, 1.2.1, 1.2.2, …": the first {@code named} codes. */
    public static String missing(List<String> codes, int named, Messages messages) {
        List<String> first = codes.stream().limit(named).toList();
        return messages.format("unitIndex.rank.missing", messages.formats().count(codes.size()),
                String.join(", ", first) + (codes.size() > first.size() ? ", …" : ""));
    }
}
