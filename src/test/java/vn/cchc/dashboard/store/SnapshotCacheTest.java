package vn.cchc.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * A plan's snapshot is handed out again only while nothing in it changed — whoever changed it: this store, or
 * another client of the same database (a second {@link Store}, as on a shared server). Runs on H2 and PostgreSQL.
 */
@Tag(TestDatabase.TAG)
class SnapshotCacheTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;
    Database database;
    Store store;
    /** Another client writing to the same database. */
    Store other;
    long planId;
    long taskId;
    long unitId;

    @BeforeEach
    void open() {
        database = db.open(folder);
        store = new Store(database);
        other = new Store(database);
        database.inTransaction(c -> {
            unitId = store.units().insert(c, new Unit(0, "Sở Tư pháp", null, UnitKind.DEPARTMENT, null, null, null));
            planId = store.plans().insert(c, new Plan(0, 2026, "Kế hoạch CCHC năm 2026", null, null, PlanScope.PROVINCE,
                    "NQ76", false, false));
            taskId = store.tasks().insert(c, task(0, "II.1", "Rà soát thủ tục hành chính"));
            store.progress().insert(c, StoreTest.update(taskId, "2026-03-10", TaskStatus.IN_PROGRESS, 40, null));
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anUnchangedPlanIsNotReadAgain() {
        PlanSnapshot first = snapshot();
        assertThat(snapshot()).isSameAs(first);
    }

    @Test
    void anUpdateRecordedByAnotherClientIsSeen() {
        PlanSnapshot before = snapshot();
        database.inTransaction(c -> other.progress().insert(c,
                StoreTest.update(taskId, "2026-06-20", TaskStatus.COMPLETED, 100, null)));
        PlanSnapshot after = snapshot();
        assertThat(after).isNotSameAs(before);
        assertThat(after.updates()).hasSize(2);
        assertThat(after.states(LocalDate.of(2026, 6, 30)).get(0).isCompleted()).isTrue();
    }

    @Test
    void aTaskEditedOrDeletedByAnotherClientIsSeen() {
        snapshot();
        database.inTransaction(c -> other.tasks().update(c, task(taskId, "II.1", "Rà soát, đơn giản hoá thủ tục hành chính")));
        assertThat(snapshot().tasks()).extracting(Task::title).containsExactly("Rà soát, đơn giản hoá thủ tục hành chính");
        database.inTransaction(c -> other.tasks().delete(c, taskId));
        assertThat(snapshot().tasks()).isEmpty();
    }

    @Test
    void aRenamedUnitAndANewTaskAreSeen() {
        snapshot();
        database.inTransaction(c -> other.units().update(c, new Unit(unitId, "Sở Tư pháp tỉnh", null, UnitKind.DEPARTMENT,
                null, null, null)));
        assertThat(snapshot().units()).extracting(Unit::name).containsExactly("Sở Tư pháp tỉnh");
        database.inTransaction(c -> other.tasks().insert(c, task(0, "II.2", "Công bố danh mục thủ tục")));
        assertThat(snapshot().tasks()).hasSize(2);
    }

    private PlanSnapshot snapshot() {
        return store.snapshot(planId).orElseThrow();
    }

    private Task task(long id, String code, String title) {
        return new Task(id, planId, code, "TTHC", title, unitId, List.of(),
                null, null, "Quý II", LocalDate.of(2026, 6, 30), false, 1);
    }
}
