package vn.cchc.dashboard.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.dashboard.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.fixtures.LargePlan;
import vn.cchc.dashboard.testing.TestClock;

/**
 * A 10.000-row plan imports whole, in one transaction. How long it takes is measured by the benchmark suite,
 * not here: timings in unit tests only make builds flaky.
 */
@Tag(TestDatabase.TAG)
class LargePlanImportTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;

    @Test
    void aTenThousandRowPlanImportsWhole() throws Exception {
        Path file = LargePlan.write(folder.resolve("10000.xlsx"), 10_000);
        try (AppContext context = db.openContext(folder.resolve("data"), TestClock.today(), true)) {
            PlanImport done = context.planImport().commit(file, new ImportRequest(null, null, null, y -> "Kế hoạch " + y));
            assertThat(context.plans().snapshot(done.plan()).tasks()).hasSize(10_000);
        }
    }
}
