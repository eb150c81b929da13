package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indicators …}: the province defines its own indicators and targets on the command line, with history. */
class IndicatorsCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void sample() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
    }

    @Test
    void anIndicatorIsAddedTargetedEditedAndRetiredWithItsHistory() {
        CliRunner.Run added = CliRunner.run(folder, "indicators", "add", "--name", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận",
                "--area", "CPS", "--kind", "ty-le", "--numerator", "Hồ sơ được số hóa", "--denominator", "Hồ sơ tiếp nhận",
                "--unit", "%", "--source", "Kế hoạch số 171/KH-UBND");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out().strip()).isEqualTo("Đã thêm chỉ số TY_LE_HO_SO_DUOC_SO_HOA: Tỷ lệ hồ sơ được số hóa khi"
                + " tiếp nhận.");
        String code = "TY_LE_HO_SO_DUOC_SO_HOA";

        CliRunner.Run target = CliRunner.run(folder, "indicators", "target", code, "--year", "2026", "--value", "85",
                "--document", "Kế hoạch số 171/KH-UBND", "--baseline", "67,32", "--baseline-year", "2025",
                "--milestone", "2026-H1=75", "--milestone", "2026-9M=80");
        assertThat(target.exitCode()).as(target.err()).isZero();
        assertThat(target.out().strip()).isEqualTo("Đã đặt chỉ tiêu năm 2026 của " + code + ": 85.");

        assertThat(CliRunner.run(folder, "indicators", "edit", code, "--name", "Tỷ lệ số hóa hồ sơ khi tiếp nhận")
                .exitCode()).isZero();
        CliRunner.Run list = CliRunner.run(folder, "indicators", "list");
        assertThat(list.out()).contains(code + "\tTỷ lệ số hóa hồ sơ khi tiếp nhận\tCPS\ttỷ lệ (Hồ sơ được số hóa / Hồ sơ"
                + " tiếp nhận)\tcàng cao càng tốt\t2026: 85");

        assertThat(CliRunner.run(folder, "indicators", "retire", code).exitCode()).isZero();
        assertThat(CliRunner.run(folder, "indicators", "list").out()).doesNotContain(code);
        assertThat(CliRunner.run(folder, "indicators", "list", "--all").out()).contains(code).contains("ngừng sử dụng từ 23/11/2026");

        CliRunner.Run history = CliRunner.run(folder, "indicators", "history", code);
        assertThat(history.out().lines()).hasSize(5).anySatisfy(line -> assertThat(line)
                .contains("\tname\tTỷ lệ hồ sơ được số hóa khi tiếp nhận\tTỷ lệ số hóa hồ sơ khi tiếp nhận"))
                .anySatisfy(line -> assertThat(line).contains("\tmilestones.2026\t\t2026-H1: 75; 2026-9M: 80"))
                .anySatisfy(line -> assertThat(line).contains("\ttarget.2026\t\t85 · Kế hoạch số 171/KH-UBND (2025: 67.32)"));
    }

    @Test
    void whatCannotBeSavedIsOneSentenceAndNothingChanges() {
        String before = CliRunner.run(folder, "indicators", "list", "--all").out();

        CliRunner.Run ratio = CliRunner.run(folder, "indicators", "add", "--name", "Tỷ lệ thiếu mẫu số", "--kind", "ty-le",
                "--numerator", "Hồ sơ");
        assertThat(ratio.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ratio.err().strip()).startsWith("Chưa lưu: Chỉ số tỷ lệ cần cả tử số và mẫu số");

        CliRunner.Run milestone = CliRunner.run(folder, "indicators", "target", "HS_TRUC_TUYEN", "--year", "2026",
                "--value", "85", "--document", "KH 171", "--milestone", "2025-H1=70");
        assertThat(milestone.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(milestone.err().strip()).isEqualTo("Chưa lưu: Mốc 2025-H1 không thuộc năm 2026 của chỉ tiêu.");

        CliRunner.Run unknown = CliRunner.run(folder, "indicators", "retire", "KHONG_CO");
        assertThat(unknown.err().strip()).startsWith("Không có chỉ số mã \"KHONG_CO\"");
        assertThat(CliRunner.run(folder, "indicators", "list", "--all").out()).isEqualTo(before);
    }
}
