package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.fixtures.ProvincePlan2025;

/** {@code import-plan --deadline "TEXT=MEANING"} and {@code --answers FILE}: the user's word on unreadable deadlines. */
class DeadlineAnswersCommandTest {

    @TempDir
    Path folder;
    String plan;

    @BeforeEach
    void writePlan() throws Exception {
        plan = ProvincePlan2025.xlsx(folder.resolve("ke-hoach-2025.xlsx"),
                ProvincePlan2025.rows("Khi có yêu cầu", "Theo KH của tỉnh")).toString();
    }

    CliRunner.Run run(String... args) {
        return CliRunner.run(folder.resolve("data"), args);
    }

    @Test
    void anUnreadableDeadlineIsRefusedWithTheAnswerToGiveInThePlansYear() {
        CliRunner.Run run = run("import-plan", plan);
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo("Không nhập: tệp có 4 lỗi cần sửa (xem danh sách). Dữ liệu không thay đổi.");
        assertThat(run.out()).contains("--deadline \"Theo KH của tỉnh=31/12/2025\"")
                .contains("hoặc viết như 30/6/2025, Tháng 6/2025, Quý II/2025");
        assertThat(run("summary", "--year", "2025", "--as-of", "01/12/2025").out()).doesNotContain("/60 nhiệm vụ");
    }

    @Test
    void theAnswerOnTheCommandLineAppliesToEveryCellWrittenSo() {
        CliRunner.Run run = run("import-plan", plan, "--deadline", "Theo KH của tỉnh=Không có thời hạn cố định");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Đã nhập 60 nhiệm vụ");
    }

    @Test
    void anAnswersFileSaysTheSame() throws Exception {
        Path answers = folder.resolve("tra-loi.txt");
        Files.writeString(answers, "\uFEFF# Kế hoạch 2025 của tỉnh\n\ndeadline: Theo KH của tỉnh = 30/11/2025\n",
                StandardCharsets.UTF_8);
        CliRunner.Run run = run("import-plan", plan, "--answers", answers.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run("summary", "--year", "2025", "--as-of", "01/12/2025").out()).contains("/60 nhiệm vụ");
    }

    @Test
    void anAnswerThatSaysNothingIsAUsageErrorBeforeAnythingIsRead() throws Exception {
        CliRunner.Run bare = run("import-plan", plan, "--deadline", "Theo KH của tỉnh");
        assertThat(bare.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bare.err()).contains("«cách ghi trong tệp=nghĩa»");

        Path answers = folder.resolve("tra-loi.txt");
        Files.writeString(answers, "hạn: Theo KH của tỉnh = 30/11\n", StandardCharsets.UTF_8);
        CliRunner.Run unknown = run("import-plan", plan, "--answers", answers.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("tra-loi.txt, dòng 1: không hiểu «hạn: Theo KH của tỉnh = 30/11»");
    }
}
