package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.fixtures.LargePlan;
import vn.cchc.dashboard.testing.CancelAt;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;
import vn.cchc.dashboard.work.CancelledException;
import vn.cchc.dashboard.work.Progress;

/** A plan import cancelled at any of its safe points leaves the database exactly as it was. */
@Tag(TestDatabase.TAG)
class CancelledPlanImportTest {

    static final ImportRequest AUTO = new ImportRequest(null, null, null, year -> "Kế hoạch " + year);

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;
    Path file;

    @BeforeEach
    void open() throws Exception {
        context = db.openContext(folder.resolve("data"), TestClock.today(), true);
        file = LargePlan.write(folder.resolve("300.xlsx"), 300);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anImportCancelledWhileReadingRowsStopsThereAndWritesNothing() {
        String before = DatabaseFingerprint.of(context);
        CancelAt cancel = new CancelAt("work.step.readingRows", 50);

        assertThatThrownBy(() -> context.planImport().commit(file, AUTO, cancel)).isInstanceOf(CancelledException.class);

        assertThat(cancel.steps()).as("the reading stopped at the row it was cancelled on").isEqualTo(50);
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);
    }

    @Test
    void anImportCancelledAfterWritingTasksRollsThemAllBack() {
        String before = DatabaseFingerprint.of(context);
        CancelAt cancel = new CancelAt("work.step.writingTasks", 120);

        assertThatThrownBy(() -> context.planImport().commit(file, AUTO, cancel)).isInstanceOf(CancelledException.class);

        assertThat(cancel.steps()).as("120 tasks were written inside the transaction before the cancel").isEqualTo(121);
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);
        assertThat(context.plans().plans()).noneMatch(p -> p.year() == 2023 && !p.sample());
    }

    @Test
    void theDatabaseStaysUsableAfterACancelAndTheSameFileThenImportsWhole() {
        assertThatThrownBy(() -> context.planImport().commit(file, AUTO, new CancelAt("work.step.writingTasks", 10)))
                .isInstanceOf(CancelledException.class);

        PlanImport done = context.planImport().commit(file, AUTO, Progress.NONE);

        assertThat(context.plans().snapshot(done.plan()).tasks()).hasSize(300);
    }

    @Test
    void aDryRunCancelledWhileReadingStopsThere() {
        CancelAt cancel = new CancelAt("work.step.readingRows", 3);

        assertThatThrownBy(() -> context.planImport().dryRun(file, AUTO, cancel)).isInstanceOf(CancelledException.class);
        assertThat(cancel.steps()).isEqualTo(3);
    }
}
