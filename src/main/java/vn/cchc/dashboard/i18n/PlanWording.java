package vn.cchc.dashboard.i18n;

import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;

/** How a plan is named on screen and in the choices offered for it. */
public final class PlanWording {

    private PlanWording() {
    }

    /**
     * The plan's title; a national plan's with whose tasks it follows in front ("Bộ, ngành · …"): the provinces' and
     * the ministries' plans of one year sit side by side in the plan selector, and titles alone need not tell them
     * apart (a cut-off one never does). A province's own plan is named by its title, as always.
     */
    public static String title(Plan plan, Messages messages) {
        if (plan.kind() == PlanKind.LOCAL) {
            return plan.title();
        }
        return messages.format("plan.selector.tagged", messages.get("plan.kind.tag." + plan.kind().name()), plan.title());
    }

    /** What a kind of plan follows, for a choice box: "Nhiệm vụ của các bộ, cơ quan ngang bộ". */
    public static String kind(PlanKind kind, Messages messages) {
        return messages.get("plan.kind." + kind.name());
    }

    /** The title a new plan of {@code kind} gets by default. */
    public static String defaultTitle(PlanKind kind, int year, Messages messages) {
        return kind == PlanKind.LOCAL ? messages.format("plan.form.defaultTitle", String.valueOf(year))
                : messages.format("plan.form.defaultTitle." + kind.name(), String.valueOf(year));
    }
}
