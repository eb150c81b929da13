package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.UnitProgress;

/** The {@code summary --json} object; its keys are a contract with scripts, so they are spelled out here. */
@JsonPropertyOrder({"asOf", "plan", "planned", "completed", "percent", "onTime", "late", "inProgress", "overdue",
        "notStarted", "recurring", "byArea", "byUnit"})
record SummaryJson(String asOf, String plan, int planned, int completed, BigDecimal percent, int onTime, int late,
                   int inProgress, int overdue, int notStarted, int recurring, List<AreaJson> byArea,
                   List<UnitJson> byUnit) {

    @JsonPropertyOrder({"area", "planned", "completed", "percent"})
    record AreaJson(String area, int planned, int completed, BigDecimal percent) {
        static AreaJson of(AreaProgress p) {
            return new AreaJson(p.area().code(), p.count().planned(), p.count().completed(), p.count().percent());
        }
    }

    @JsonPropertyOrder({"unit", "planned", "completed", "percent"})
    record UnitJson(String unit, int planned, int completed, BigDecimal percent) {
        static UnitJson of(UnitProgress p) {
            return new UnitJson(p.unit().name(), p.count().planned(), p.count().completed(), p.count().percent());
        }
    }

    static SummaryJson of(PlanSummary summary) {
        ProgressCount c = summary.overall();
        return new SummaryJson(summary.asOf().toString(), summary.plan().title(), c.planned(), c.completed(),
                c.percent(), c.count(DeadlineCategory.COMPLETED_ON_TIME), c.count(DeadlineCategory.COMPLETED_LATE),
                c.count(DeadlineCategory.IN_PROGRESS), c.count(DeadlineCategory.OVERDUE),
                c.count(DeadlineCategory.NOT_STARTED), c.count(DeadlineCategory.RECURRING),
                summary.byArea().stream().map(AreaJson::of).toList(),
                summary.byUnit().stream().map(UnitJson::of).toList());
    }
}
