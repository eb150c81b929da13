package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path folder;

    @Test
    void tasksAndProgressAreWrittenInTheFormatTheExtensionSays() throws Exception {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        Path tasks = folder.resolve("nhiem-vu.xlsx");
        CliRunner.Run run = CliRunner.run(folder, "export", "tasks", "--out", tasks.toString(), "--as-of", "30/06/2026");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Đã ghi ");
        assertThat(Files.readAllBytes(tasks)).startsWith(0x50, 0x4B, 0x03, 0x04);
        Path progress = folder.resolve("lich-su.csv");
        assertThat(CliRunner.run(folder, "export", "progress", "--out", progress.toString()).exitCode()).isZero();
        assertThat(Files.readString(progress)).startsWith("\uFEFFMã,");
        Path indicators = folder.resolve("chi-so.csv");
        assertThat(CliRunner.run(folder, "export", "indicators", "--out", indicators.toString()).exitCode()).isZero();
        assertThat(Files.readString(indicators)).startsWith("\uFEFFChỉ số,Đơn vị,Kỳ báo cáo,Tử số,Mẫu số");
    }

    @Test
    void withoutWhatOrWhereItIsAUsageError() {
        assertThat(CliRunner.run(folder, "export", "--out", "x.csv").err().strip())
                .isEqualTo("Hãy cho biết xuất gì: tasks (nhiệm vụ), progress (lịch sử cập nhật) hoặc indicators (chỉ số).");
        assertThat(CliRunner.run(folder, "export", "tasks").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
