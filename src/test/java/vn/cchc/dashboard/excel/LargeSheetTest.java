package vn.cchc.dashboard.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.imports.PlanRowReader;
import vn.cchc.dashboard.excel.fixtures.LargePlan;
import vn.cchc.dashboard.testing.ChildJvm;

/** A 100.000-row sheet is read as a stream: a JVM with 96 MB of heap gets through it and is told it is too big. */
class LargeSheetTest {

    @TempDir
    Path folder;

    @Test
    void aHundredThousandRowSheetStreamsInBoundedMemoryAndIsRefusedAsTooBig() throws Exception {
        Path file = LargePlan.write(folder.resolve("100000.xlsx"), 100_000);
        try (ChildJvm child = ChildJvm.start("96m", LargeSheetChild.class, file.toString())) {
            String line = child.readLine();
            assertThat(child.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.process().exitValue()).isZero();
            assertThat(line).isEqualTo("rows=100009 tasks=" + PlanRowReader.MAX_TASKS + " full=true");
        }
    }
}
