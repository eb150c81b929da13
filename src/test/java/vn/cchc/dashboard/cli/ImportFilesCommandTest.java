package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-plan on the files people really pass it: each refusal one sentence with its reason, notes said once. */
class ImportFilesCommandTest {

    @TempDir
    Path folder;
    String summaryBefore;

    CliRunner.Run run(String... args) {
        return CliRunner.run(folder.resolve("data"), args);
    }

    @BeforeEach
    void importAPlan() {
        assertThat(run("import-plan", ImportPlanCommandTest.PLAN).exitCode()).isZero();
        summaryBefore = run("summary", "--year", "2023", "--as-of", "31/12/2023").out();
    }

    void assertRefusedWith(Path file, String sentence) {
        CliRunner.Run run = run("import-plan", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err().strip()).startsWith(sentence).hasLineCount(1).doesNotContain("bị hỏng", "Exception");
        assertThat(run("summary", "--year", "2023", "--as-of", "31/12/2023").out()).isEqualTo(summaryBefore);
    }

    @Test
    void aMissingFileSaysItWasNotFound() {
        Path missing = folder.resolve("ke-hoach-2024.xlsx");
        assertRefusedWith(missing, "Không tìm thấy tệp \"" + missing + "\".");
    }

    @Test
    void aFolderSaysItIsAFolder() throws Exception {
        Path plans = Files.createDirectory(folder.resolve("ke-hoach"));
        assertRefusedWith(plans, "\"" + plans + "\" là một thư mục, không phải tệp.");
    }

    @Test
    void textNoEncodingReadsIsAnEncodingProblem() throws Exception {
        Path file = Files.write(folder.resolve("la.csv"),
                "STT,Nội dung nhiệm vụ\n1,Rà soát \u0081\u008D\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefusedWith(file, "Tệp \"la.csv\" là văn bản nhưng không đọc được theo bảng mã nào được hỗ trợ");
    }

    @Test
    void aNoteRepeatedOnManyRowsIsOneLineNamingTheRows() throws Exception {
        StringBuilder csv = new StringBuilder("STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Thời gian hoàn thành\n")
                .append("I,\"CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH\",,\n");
        for (int i = 1; i <= 6; i++) {
            csv.append(",Rà soát nhiệm vụ ").append(i).append(",\"Sở Nội vụ, Sở Tư pháp\",Quý IV/2024\n");
        }
        csv.append(",Rà soát nhiệm vụ 7,Sở Tư pháp,Quý IV/2024\n")
                .append(",Rà soát nhiệm vụ 8,\"Sở Nội vụ, Sở Tư pháp\",Quý IV/2024\n");
        Path file = Files.writeString(folder.resolve("ke-hoach-2024.csv"), csv.toString());
        CliRunner.Run run = run("import-plan", file.toString(), "--year", "2024", "--dry-run");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("Nhiều cơ quan chủ trì trong một ô")))
                .containsExactly("  Lưu ý – ke-hoach-2024 · Hàng 3–8, 10, cột C «Sở Nội vụ, Sở Tư pháp»: Nhiều cơ quan chủ trì"
                        + " trong một ô: Sở Nội vụ được ghi là cơ quan chủ trì, Sở Tư pháp là cơ quan phối hợp.");
        assertThat(run.out().lines().filter(l -> l.contains("số thứ tự")))
                .containsExactly("  Lưu ý – ke-hoach-2024 · Hàng 3–10, cột A: Các hàng không có số thứ tự; được đánh số tự"
                        + " động theo thứ tự trong mục.");
        CliRunner.Run json = run("import-plan", file.toString(), "--year", "2024", "--dry-run", "--json");
        assertThat(json.out().split("được đánh số", -1)).hasSize(9); // one problem per row, as before
    }
}
