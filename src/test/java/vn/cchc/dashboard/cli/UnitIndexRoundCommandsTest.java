package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unit-index reply|lock|unlock}: last year's appraisal of the sample's departments closed on the command line;
 * a change to locked results refused in one sentence until they are reopened with a reason.
 */
class UnitIndexRoundCommandsTest {

    @TempDir
    Path folder;

    @BeforeEach
    void sample() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
    }

    private CliRunner.Run run(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "unit-index";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--year", "2025", "--group", "so-nganh"}, 0, all, args.length + 1, 4);
        return CliRunner.run(folder, all);
    }

    @Test
    void lastYearsResultsAreLockedThenReopenedWithAReason() {
        CliRunner.Run reply = run("reply", "Sở Tư pháp", "1.1.1", "Kế hoạch ban hành ngày 28/12, kèm theo Công văn 15/STP");
        assertThat(reply.exitCode()).as(reply.err()).isZero();
        assertThat(reply.out()).isEqualTo("Đã ghi nhận giải trình của Sở Tư pháp về điểm thẩm định tiêu chí 1.1.1.\n");

        CliRunner.Run lock = run("lock");
        assertThat(lock.exitCode()).as(lock.err()).isZero();
        assertThat(lock.out()).startsWith("Đã khóa kết quả Chỉ số CCHC năm 2025 của các sở, ban, ngành:");

        CliRunner.Run refused = run("appraise", "Sở Tư pháp", "1.1.1", "0", "--comment", "Không có kế hoạch");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).contains("Kết quả Chỉ số CCHC năm 2025 của các sở, ban, ngành đã được khóa ngày")
                .contains("Muốn sửa, hãy mở lại kết quả và ghi lý do.");
        assertThat(run("unlock").exitCode()).as("the reason is required").isEqualTo(ExitCode.USAGE);

        CliRunner.Run unlock = run("unlock", "--reason", "Sở Tư pháp bổ sung tài liệu kiểm chứng");
        assertThat(unlock.out()).isEqualTo("Đã mở lại kết quả Chỉ số CCHC năm 2025 của các sở, ban, ngành; lý do được"
                + " ghi lại.\n");
        assertThat(run("appraise", "Sở Tư pháp", "1.1.1", "0", "--comment", "Không có kế hoạch").exitCode()).isZero();
        assertThat(run("history", "Sở Tư pháp").out()).contains("\t1.1.1\tgiải trình của đơn vị: (trống) → Kế hoạch ban"
                + " hành ngày 28/12, kèm theo Công văn 15/STP\n");
    }
}
