package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.fixtures.SelfAssessmentForms;
import vn.cchc.dashboard.excel.fixtures.SelfAssessmentForms.Fill;

/**
 * {@code unit-index send-forms|receive-forms|returns}: the sample's departments get their 2026 forms, two come back –
 * one checked then recorded, one refused in one sentence with exit code 3 – and the list says who has returned.
 */
class UnitIndexFormsCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void sample() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
    }

    @Test
    void formsGoOutComeBackCheckedThenRecordedAndTheListSaysWhoHasReturned() throws Exception {
        Path out = folder.resolve("phieu");
        CliRunner.Run send = CliRunner.run(folder, "unit-index", "send-forms", "--year", "2026", "--group", "so-nganh",
                "--out", out.toString());
        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).startsWith("Đã lập ").contains(" phiếu tự đánh giá năm 2026 (các sở, ban, ngành) trong thư mục ")
                .contains("Sở Tư pháp\tphieu-tu-danh-gia-so-tu-phap-2026.xlsx\n");
        Path justice = out.resolve("phieu-tu-danh-gia-so-tu-phap-2026.xlsx");
        Path health = out.resolve("phieu-tu-danh-gia-so-y-te-2026.xlsx");
        SelfAssessmentForms.fill(justice, Map.of("1.1.1", new Fill(1, "Kế hoạch số 5/KH-STP", null),
                "1.1.2", new Fill(1.5, null, "Còn 1 nhiệm vụ quá hạn")));
        SelfAssessmentForms.fill(health, Map.of("1.2.1", new Fill(3, "Báo cáo số 9/BC-SYT", null)));

        CliRunner.Run check = CliRunner.run(folder, "unit-index", "receive-forms", justice.toString(), "--check",
                "--year", "2026", "--group", "so-nganh");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo("Ghi nhận được – tệp \"phieu-tu-danh-gia-so-tu-phap-2026.xlsx\" (Sở Tư pháp):"
                + " 2 điểm tự chấm, trên 32 tiêu chí đơn vị tự chấm.\n"
                + "Đã kiểm tra 1 tệp: 1 tệp ghi nhận được, 0 tệp bị từ chối; chưa ghi nhận gì.\n");
        assertThat(CliRunner.run(folder, "unit-index", "returns", "--year", "2026", "--group", "so-nganh").out())
                .as("a check records nothing").contains("Sở Tư pháp\tchưa gửi lại\n");

        CliRunner.Run receive = CliRunner.run(folder, "unit-index", "receive-forms", justice.toString(), health.toString(),
                "--year", "2026", "--group", "so-nganh");
        assertThat(receive.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(receive.err()).isEqualTo("Tệp \"phieu-tu-danh-gia-so-y-te-2026.xlsx\" (Sở Y tế) không được ghi nhận"
                + " điểm nào: Điểm tiêu chí 1.2.1 của Sở Y tế phải từ 0 đến 1; \"3\" nằm ngoài khoảng đó.\n");
        assertThat(receive.out()).isEqualTo("Đã ghi nhận tệp \"phieu-tu-danh-gia-so-tu-phap-2026.xlsx\" (Sở Tư pháp):"
                + " 2 điểm tự chấm, trên 32 tiêu chí đơn vị tự chấm.\n"
                + "Đã ghi nhận 1 tệp; 1 tệp bị từ chối, không ghi nhận gì từ các tệp đó.\n");

        CliRunner.Run returns = CliRunner.run(folder, "unit-index", "returns", "--year", "2026", "--group", "so-nganh");
        assertThat(returns.exitCode()).as(returns.err()).isZero();
        assertThat(returns.out()).startsWith("Phiếu tự đánh giá năm 2026 (các sở, ban, ngành): 1/")
                .contains("Sở Tư pháp\tđã gửi lại (phieu-tu-danh-gia-so-tu-phap-2026.xlsx): 2/32 tiêu chí có điểm tự chấm\n")
                .contains("Sở Y tế\tchưa gửi lại\n");
        assertThat(CliRunner.run(folder, "unit-index", "history", "Sở Tư pháp", "--year", "2026", "--group", "so-nganh")
                .out()).contains("1.1.2\tgiải thích: (trống) → Còn 1 nhiệm vụ quá hạn");
    }
}
