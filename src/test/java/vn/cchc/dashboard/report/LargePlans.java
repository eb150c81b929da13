package vn.cchc.dashboard.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/** Plans made in memory for the limits of the report: thousands of tasks, none reported, odd unit names. */
final class LargePlans {

    static final ReportPeriod H1 = new ReportPeriod(2026, ReportPeriod.Kind.H1);

    private LargePlans() {
    }

    /**
     * A plan of {@code tasks} tasks spread over {@code units} units and two areas, all due 31/3/2026; every
     * third one reported done on 1/3/2026 when {@code reported}, the rest left overdue.
     */
    static PlanSnapshot plan(int tasks, int units, boolean reported, String unitName) {
        Plan plan = new Plan(1, 2026, "Kế hoạch CCHC năm 2026 (thử)", null, null, PlanScope.PROVINCE, "NQ76", false, false);
        List<ReformArea> areas = List.of(new ReformArea("NQ76", "CDDH", "Công tác chỉ đạo, điều hành cải cách hành chính",
                "Direction and management of reform", 1), new ReformArea("NQ76", "TC", "Cải cách thể chế",
                "Institutional reform", 2));
        List<Unit> unitList = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            unitList.add(new Unit(u + 1, u == 0 ? unitName : "UBND xã số " + (u + 1), null, UnitKind.COMMUNE, null,
                    null, null));
        }
        List<Task> taskList = new ArrayList<>();
        List<ProgressUpdate> updates = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            taskList.add(new Task(t + 1, 1, "II." + (t + 1), t % 2 == 0 ? "TC" : "CDDH", "Nhiệm vụ thử số " + (t + 1),
                    unitList.get(t % units).id(), List.of(), null, "Báo cáo", "Quý I/2026", LocalDate.of(2026, 3, 31),
                    false, t));
            if (reported && t % 3 == 0) {
                updates.add(new ProgressUpdate(t + 1, t + 1, LocalDate.of(2026, 3, 1), TaskStatus.COMPLETED, 100, null,
                        null, "Thử", Instant.parse("2026-03-01T03:00:00Z"), null, false));
            }
        }
        return new PlanSnapshot(plan, areas, unitList, taskList, updates);
    }

    static ReportInputs inputs(PlanSnapshot snapshot) {
        return inputs(snapshot, H1, LocalDate.of(2026, 3, 14));
    }

    /** The inputs of the report on {@code period}, cut off on its official day, tasks only, with the usual settings. */
    static ReportInputs inputs(PlanSnapshot snapshot, ReportPeriod period, LocalDate comparison) {
        LocalDate asOf = period.end();
        Overview overview = Overview.of(snapshot, null, asOf, comparison, 60);
        LaggingList lagging = LaggingList.of(snapshot, snapshot.units(), IndicatorBook.empty(), asOf, false,
                LaggingPolicy.DEFAULT, 60);
        return new ReportInputs(overview, lagging, IndicatorBook.empty(), period, false, ReportSettings.defaults(),
                EnumSet.allOf(ReportPart.class));
    }
}
