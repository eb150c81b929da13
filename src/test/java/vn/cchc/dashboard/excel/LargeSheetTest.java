package vn.cchc.dashboard.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.imports.PlanRowReader;
import vn.cchc.dashboard.excel.fixtures.LargePlan;
import vn.cchc.dashboard.testing.ChildJvm;

/** A 110.000-row sheet is read as a stream: a JVM with 96 MB of heap gets through it and is told it is too big. */
class LargeSheetTest {

    @TempDir
    Path folder;

    @Test
    void aSheetOverTheLimitStreamsInBoundedMemoryAndIsRefusedAsTooBig() throws Exception {
        Path file = LargePlan.write(folder.resolve("110000.xlsx"), PlanRowReader.MAX_TASKS + 10_000);
        try (ChildJvm child = ChildJvm.start("96m", LargeSheetChild.class, file.toString())) {
            String line = child.readLine();
            assertThat(child.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.process().exitValue()).isZero();
            assertThat(line).isEqualTo("rows=" + (PlanRowReader.MAX_TASKS + 10_009) + " tasks=" + PlanRowReader.MAX_TASKS + " full=true");
        }
    }
}
