package vn.cchc.dashboard.domain.unitindex;

import vn.cchc.dashboard.domain.Text;

/**
 * What a criteria set says about a line in its own words, where the decision marks nothing explicitly: whether the
 * council scores it from the survey (điều tra xã hội học) rather than the unit, and whether it is scored on how far
 * the unit carried out the year's reform plan. Pure.
 */
public final class CriterionMarks {

    private static final String SURVEY = "dieu tra xa hoi hoc";

    private CriterionMarks() {
    }

    /**
     * True when the line, or a line it belongs to, names the survey in its title or guidance: in the sample area 8 is
     * "Tác động của CCHC (điều tra xã hội học)", and its 8.2 speaks only of "khảo sát người dân", yet belongs to it.
     */
    public static boolean bySurvey(CriteriaSet set, Criterion line) {
        for (Criterion c = line; c != null; c = c.parentCode() == null ? null : set.criterion(c.parentCode()).orElse(null)) {
            if (Text.fold(c.title()).contains(SURVEY) || Text.fold(c.guidance()).contains(SURVEY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the line scores how far the unit completed the year's reform plan ("Mức độ hoàn thành kế hoạch CCHC
     * năm"): the figures the application keeps on the unit's plan tasks bear on it.
     */
    public static boolean onPlanTasks(Criterion line) {
        String title = Text.fold(line.title());
        return title.contains("hoan thanh") && (title.contains("ke hoach cchc") || title.contains("ke hoach cai cach"));
    }
}
