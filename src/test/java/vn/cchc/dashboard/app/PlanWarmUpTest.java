package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.store.Store;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * The overview and lagging list worked out at start-up ({@link PlanService#warmUp}) are exactly what the window would
 * compute itself, and are never handed out once the data changed.
 */
@Tag(TestDatabase.TAG)
class PlanWarmUpTest {

    static final LocalDate TODAY = TestClock.TODAY;
    static final int STALE = 60;
    static final LaggingPolicy POLICY = LaggingPolicy.DEFAULT;

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;
    Plan plan;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
        context.settings().setUserName("Nguyễn Thị Hạnh");
        plan = context.plans().planFor(2026);
        
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** A service of its own, with nothing prepared or cached: what the window would compute. */
    PlanService computedAfresh() {
        return new PlanService(new Store(context.store().database()), TestClock.today());
    }

    void warmUp() {
        context.plans().warmUp(STALE, POLICY, true);
    }

    @Test
    void theFirstOverviewAndLaggingListAreTheOnesTheWindowWouldCompute() {
        warmUp();
        if (TestDatabase.onServer()) {
            // Others write to a server: nothing is prepared there, every request computes.
            assertThat(context.plans().preparedOverview(plan, TODAY, null, STALE, POLICY)).isEmpty();
        } else {
            assertThat(context.plans().preparedOverview(plan, TODAY, null, STALE, POLICY)).isPresent()
                    .get().isEqualTo(computedAfresh().overview(plan, TODAY, null, STALE, POLICY));
        }
        Overview first = context.plans().overview(plan, TODAY, null, STALE, POLICY);
        LaggingList lagging = context.plans().lagging(plan, TODAY, POLICY, STALE, true);

        assertThat(first).isEqualTo(computedAfresh().overview(plan, TODAY, null, STALE, POLICY));
        assertThat(lagging).isEqualTo(computedAfresh().lagging(plan, TODAY, POLICY, STALE, true));
        if (!TestDatabase.onServer()) {
            // Prepared ahead on the embedded file: the window's request computes nothing.
            assertThat(context.plans().overview(plan, TODAY, null, STALE, POLICY)).isSameAs(first);
        }
    }

    @Test
    void aChangeToTheDataIsSeenAtOnce() {
        warmUp();
        Overview before = context.plans().overview(plan, TODAY, null, STALE, POLICY);
        TaskState overdue = before.select(TaskSelection.OVERDUE).get(0);
        int lateBefore = before.summary().overall().count(DeadlineCategory.COMPLETED_LATE);

        context.tasks().recordProgress(overdue.task().id(),
                new ProgressDraft(TODAY, TaskStatus.COMPLETED, null, "Đã ban hành", "245/QĐ-UBND"));

        Overview after = context.plans().overview(plan, TODAY, null, STALE, POLICY);
        assertThat(after.summary().overall().count(DeadlineCategory.COMPLETED_LATE)).isEqualTo(lateBefore + 1);
        assertThat(after).isEqualTo(computedAfresh().overview(plan, TODAY, null, STALE, POLICY));
        assertThat(context.plans().preparedOverview(plan, TODAY, null, STALE, POLICY)).isEmpty();
        assertThat(context.plans().lagging(plan, TODAY, POLICY, STALE, true))
                .isEqualTo(computedAfresh().lagging(plan, TODAY, POLICY, STALE, true));
    }

    @Test
    void otherRequestsAreComputedAsBefore() {
        warmUp();
        LocalDate earlier = TODAY.minusMonths(2);
        assertThat(context.plans().overview(plan, earlier, null, STALE, POLICY))
                .isEqualTo(computedAfresh().overview(plan, earlier, null, STALE, POLICY));
        assertThat(context.plans().lagging(plan, TODAY, POLICY, STALE, false))
                .isEqualTo(computedAfresh().lagging(plan, TODAY, POLICY, STALE, false));
    }
}
