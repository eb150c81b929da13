package vn.cchc.dashboard.bench;

import vn.cchc.dashboard.domain.PlanScope;

/**
 * The sizes of store the suite measures on. Per-plan figures (what the overview reads) depend on the tasks and
 * updates of one year's plan; the quick national store keeps that per-year size and only has fewer years.
 *
 * @param updatesPerTask updates spread over each task's active span; 0: one a week
 */
enum StoreSize {
    PROVINCE("province", "one province, 5 years, ~120 tasks a year, weekly updates",
            PlanScope.PROVINCE, 2022, 2026, 120, 0),
    NATIONAL_QUICK("national-quick", "national, QUICK: the national store's per-year size (all provinces and"
            + " ministries, ~50 tasks each, ~20 updates per task) but 3 years instead of 10",
            PlanScope.NATIONAL, 2024, 2026, 50, 20),
    NATIONAL("national", "all provinces and ministries, 10 years, ~50 tasks each a year, ~20 updates per task",
            PlanScope.NATIONAL, 2017, 2026, 50, 20),
    STRESS("stress", "1.000.000 tasks and ~10.000.000 updates: 10 national plans of 100.000 tasks, 10 updates each",
            PlanScope.NATIONAL, 2017, 2026, 0, 10);

    /** Tasks of one stress plan: 10 plans make the million. */
    static final int STRESS_TASKS_PER_PLAN = 100_000;

    final String id;
    final String description;
    final PlanScope scope;
    final int firstYear;
    final int lastYear;
    /** Tasks a year: in a province plan in all; in a national plan for each lead unit (0: see STRESS_TASKS_PER_PLAN). */
    final int tasksPerYearOrLead;
    final int updatesPerTask;

    StoreSize(String id, String description, PlanScope scope, int firstYear, int lastYear, int tasksPerYearOrLead,
              int updatesPerTask) {
        this.id = id;
        this.description = description;
        this.scope = scope;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.tasksPerYearOrLead = tasksPerYearOrLead;
        this.updatesPerTask = updatesPerTask;
    }
}
