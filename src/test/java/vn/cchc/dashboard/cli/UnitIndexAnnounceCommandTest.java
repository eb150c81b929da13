package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.report.ReadBack;

/**
 * {@code unit-index announce}: the sample's last year announced as a decision with its ranking annex and a results
 * report that agree; this year, with nothing scored, announces no figure; a year without a set is one sentence.
 */
class UnitIndexAnnounceCommandTest {

    @TempDir
    Path folder;

    @Test
    void lastYearIsAnnouncedInTwoDocumentsThatAgreeAndAnUnscoredYearStatesNoFigure() throws Exception {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        Path out = folder.resolve("cong-bo");
        CliRunner.Run run = CliRunner.run(folder, "unit-index", "announce", "--year", "2025", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Đã ghi Quyết định công bố Chỉ số CCHC năm 2025 (quyet-dinh-cong-bo-chi-so-cchc-2025"
                + ".docx) và báo cáo kết quả (bao-cao-ket-qua-chi-so-cchc-2025.docx) vào thư mục " + out.toAbsolutePath()
                + ".\n");
        String decision = ReadBack.folded(ReadBack.docx(out.resolve("quyet-dinh-cong-bo-chi-so-cchc-2025.docx")));
        assertThat(decision).contains("ỦY BAN NHÂN DÂN TỈNH MINH GIANG")
                .contains("Phê duyệt và công bố Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành và Ủy ban nhân"
                        + " dân các xã, phường tỉnh Minh Giang")
                .contains("Điều 1. Phê duyệt và công bố Chỉ số cải cách hành chính năm 2025 của 14 sở, ban, ngành tỉnh và"
                        + " 8 xã, phường")
                .contains("II. Ủy ban nhân dân các xã, phường Xếp hạng Cơ quan, đơn vị Điểm đạt được Điểm tối đa áp dụng"
                        + " Chỉ số (%) 1 UBND phường Minh Giang 90,50 100 90,50")
                .contains("1 Văn phòng UBND tỉnh 95,00 98 96,94")
                .contains("có cùng Chỉ số 90,75% nên đồng hạng 5; đơn vị kế tiếp xếp hạng 7.")
                .doesNotContain("[");
        String report = ReadBack.folded(ReadBack.docx(out.resolve("bao-cao-ket-qua-chi-so-cchc-2025.docx")));
        assertThat(report).contains("SỞ NỘI VỤ")
                .contains("Chỉ số trung bình của 14 cơ quan, đơn vị là 87,75%; cao nhất là Văn phòng UBND tỉnh (96,94%)")
                .contains("Điểm tiêu chí 8.1 và 8.2 (tổng 30 điểm) được xác định qua điều tra xã hội học.");

        CliRunner.Run unscored = CliRunner.run(folder, "unit-index", "announce", "--year", "2026", "--out", out.toString());
        assertThat(unscored.exitCode()).as(unscored.err()).isZero();
        String draft = ReadBack.folded(ReadBack.docx(out.resolve("quyet-dinh-cong-bo-chi-so-cchc-2026.docx")));
        assertThat(draft).contains("[Chưa có đơn vị nào đủ kết quả chấm điểm để công bố và xếp hạng.")
                .contains("… Văn phòng UBND tỉnh … 100 …");

        CliRunner.Run none = CliRunner.run(folder, "unit-index", "announce", "--year", "2031", "--out", out.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(none.err()).contains("Chưa có bộ tiêu chí Chỉ số CCHC năm 2031 của nhóm nào");
    }
}
