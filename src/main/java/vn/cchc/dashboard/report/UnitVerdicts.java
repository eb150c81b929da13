package vn.cchc.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.i18n.Formats;

/**
 * The verdicts on the units followed in a report, counted once so that every count the report gives of units says
 * what it counts: the units followed (those leading tasks, and those only reporting indicators), and of them how
 * many are lagging, on track, or have nothing due yet.
 *
 * @param units     every unit followed, lagging ones first (the order of the lagging list)
 * @param leadUnits how many of them lead at least one task of the plan
 */
record UnitVerdicts(List<LaggingUnit> units, int leadUnits) {

    UnitVerdicts {
        units = List.copyOf(units);
    }

    List<LaggingUnit> lagging() {
        return units.stream().filter(LaggingUnit::lagging).toList();
    }

    long count(LaggingUnit.Verdict verdict) {
        return units.stream().filter(u -> u.verdict() == verdict).count();
    }

    /**
     * "Đánh giá trên các nhiệm vụ đã đến hạn …, trong số 25 cơ quan, đơn vị được theo dõi (21 cơ quan, đơn vị chủ trì
     * nhiệm vụ; 4 cơ quan, đơn vị chỉ báo cáo chỉ số) có 3 cơ quan, đơn vị chậm tiến độ, …".
     */
    String summary(Words words) {
        Formats f = words.f();
        List<String> parts = new ArrayList<>();
        long lagging = count(LaggingUnit.Verdict.LAGGING);
        parts.add(lagging == 0 ? words.get("report.verdicts.noneLagging")
                : words.format("report.verdicts.LAGGING", f.count(lagging)));
        for (LaggingUnit.Verdict verdict : List.of(LaggingUnit.Verdict.ON_TRACK, LaggingUnit.Verdict.NOT_YET_DUE)) {
            long n = count(verdict);
            if (n > 0) {
                parts.add(words.format("report.verdicts." + verdict.name(), f.count(n)));
            }
        }
        int indicatorsOnly = units.size() - leadUnits;
        String scope = indicatorsOnly <= 0 ? "" : " " + words.format("report.verdicts.scope", f.count(leadUnits),
                f.count(indicatorsOnly));
        return words.format("report.verdicts.intro", f.count(units.size()), scope, words.join(parts));
    }
}
