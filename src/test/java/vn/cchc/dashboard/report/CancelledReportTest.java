package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.CancelAt;
import vn.cchc.dashboard.work.CancelledException;

/** A report cancelled between two of its parts leaves no file, and an earlier file of that name as it was. */
class CancelledReportTest {

    @TempDir
    Path folder;

    private final Report report = ReportComposer.compose(LargePlans.inputs(LargePlans.plan(60, 3, true, "Sở Nội vụ")),
            Messages.of(Language.VI));

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aReportCancelledAtItsSecondPartWritesNoFile(ReportFormat format) throws IOException {
        Path file = folder.resolve("bao-cao." + format.extension());
        CancelAt cancel = new CancelAt("work.step.reportParts", 2);

        assertThatThrownBy(() -> ReportWriters.write(report, format, file, cancel)).isInstanceOf(CancelledException.class);

        assertThat(cancel.steps()).isEqualTo(2);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("no report and no temporary file").isEmpty();
        }
    }

    @Test
    void aCancelledReportKeepsTheEarlierFileOfThatName() throws IOException {
        Path file = folder.resolve("bao-cao.docx");
        Files.writeString(file, "bản trước");

        assertThatThrownBy(() -> ReportWriters.write(report, ReportFormat.DOCX, file,
                new CancelAt("work.step.reportParts", 5))).isInstanceOf(CancelledException.class);

        assertThat(Files.readString(file)).isEqualTo("bản trước");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void everyPartIsAStepUpToTheTotal() throws IOException {
        CancelAt neverReached = new CancelAt("work.step.reportParts", -1);

        ReportWriters.write(report, ReportFormat.PDF, folder.resolve("r.pdf"), neverReached);

        assertThat(neverReached.steps()).isEqualTo(report.body().size() + 1L + report.annex().size());
    }
}
