package vn.cchc.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;

class PlanWordingTest {

    private static Plan plan(PlanKind kind) {
        return new Plan(1, 2023, "Kế hoạch CCHC năm 2023", null, null, kind, "NQ76", false, false);
    }

    @Test
    void aNationalPlanSaysWhoseTasksItFollowsAProvincesPlanIsItsTitle() {
        Messages vi = Messages.of(Language.VI);
        assertThat(PlanWording.title(plan(PlanKind.LOCAL), vi)).isEqualTo("Kế hoạch CCHC năm 2023");
        assertThat(PlanWording.title(plan(PlanKind.PROVINCES), vi)).isEqualTo("Tỉnh, thành phố · Kế hoạch CCHC năm 2023");
        assertThat(PlanWording.title(plan(PlanKind.MINISTRIES), vi)).isEqualTo("Bộ, ngành · Kế hoạch CCHC năm 2023");
        assertThat(PlanWording.title(plan(PlanKind.MINISTRIES), Messages.of(Language.EN)))
                .isEqualTo("Ministries · Kế hoạch CCHC năm 2023");
        assertThat(PlanWording.defaultTitle(PlanKind.MINISTRIES, 2023, vi))
                .isEqualTo("Nhiệm vụ cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ");
    }
}
