package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressExchangeCommandTest {

    @TempDir
    Path folder;

    @Test
    void aFormIsMadeForAUnitNamedByItsAbbreviationAndReadBackUnchanged() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        Path form = folder.resolve("phieu-tu-phap.xlsx");
        CliRunner.Run made = CliRunner.run(folder, "progress-form", "--unit", "so tu phap", "--out", form.toString());
        assertThat(made.exitCode()).isZero();
        CliRunner.Run back = CliRunner.run(folder, "import-progress", form.toString(), "--dry-run");
        assertThat(back.exitCode()).isZero();
        assertThat(back.out()).contains("Không đổi – phieu-tu-phap.xlsx:6").containsPattern("Ghi nhận 0 cập nhật; \\d+ dòng không đổi");
        assertThat(CliRunner.run(folder, "progress-form", "--unit", "Sở Không Có", "--out", form.toString()).err())
                .contains("Không có đơn vị \"Sở Không Có\"");
    }
}
