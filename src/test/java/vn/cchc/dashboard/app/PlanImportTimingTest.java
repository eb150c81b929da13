package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.fixtures.LargePlan;
import vn.cchc.dashboard.testing.TestClock;

/**
 * A 10.000-row plan imports in seconds. Not a benchmark (that suite is for later): one measurement, logged, with a
 * bound generous enough for a slow build machine and still far below "minutes".
 */
class PlanImportTimingTest {

    private static final Logger LOG = Logger.getLogger(PlanImportTimingTest.class.getName());

    @TempDir
    Path folder;

    @Test
    void aTenThousandRowPlanImportsInSeconds() throws Exception {
        Path file = LargePlan.write(folder.resolve("10000.xlsx"), 10_000);
        try (AppContext context = AppContext.open(folder.resolve("data"), TestClock.today(), true)) {
            long start = System.nanoTime();
            PlanImport done = context.planImport().commit(file, new ImportRequest(null, null, null, y -> "Kế hoạch " + y));
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("10.000-row plan imported in " + millis + " ms");
            System.out.println("10000-row plan import: " + millis + " ms");
            assertThat(context.plans().snapshot(done.plan()).tasks()).hasSize(10_000);
            assertThat(millis).isLessThan(30_000);
        }
    }
}
