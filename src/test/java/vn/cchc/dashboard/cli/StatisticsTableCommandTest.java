package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code statistics table list|set|remove}: the office edits the year's statistics table as data; a change that would
 * leave the figures units sent unreadable is refused with one sentence and changes nothing.
 */
class StatisticsTableCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void sample() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
    }

    private String list() {
        CliRunner.Run run = CliRunner.run(folder, "statistics", "table", "list", "--year", "2026");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void anItemIsAddedLinkedToATargetChangedAndRemoved() {
        CliRunner.Run added = CliRunner.run(folder, "statistics", "table", "set", "hs_ket_qua_so", "--year", "2026",
                "--area", "cps", "--label", "Kết quả giải quyết TTHC được số hóa", "--unit", "kết quả", "--kind", "tử số",
                "--pair", "HS_DA_GIAI_QUYET", "--indicator", "KQ_TAI_SU_DUNG", "--source", "Đề án 06");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Đã thêm chỉ tiêu HS_KET_QUA_SO vào bảng số liệu năm 2026.");
        assertThat(list()).contains("HS_KET_QUA_SO\tCPS\tKết quả giải quyết TTHC được số hóa\tkết quả\ttử số của"
                + " HS_DA_GIAI_QUYET\tkhông bắt buộc\tKQ_TAI_SU_DUNG\tĐề án 06");

        CliRunner.Run changed = CliRunner.run(folder, "statistics", "table", "set", "HS_KET_QUA_SO", "--year", "2026",
                "--required", "--indicator", "-");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(list()).contains("HS_KET_QUA_SO\tCPS\tKết quả giải quyết TTHC được số hóa\tkết quả\ttử số của"
                + " HS_DA_GIAI_QUYET\tbắt buộc\t\tĐề án 06");

        assertThat(CliRunner.run(folder, "statistics", "table", "remove", "HS_KET_QUA_SO", "--year", "2026").exitCode())
                .isZero();
        assertThat(list()).doesNotContain("HS_KET_QUA_SO");
    }

    @Test
    void anItemUnitsSentFiguresForKeepsItsKindAndStays() {
        String before = list();
        CliRunner.Run kind = CliRunner.run(folder, "statistics", "table", "set", "HS_DUNG_HAN", "--year", "2026",
                "--kind", "dem");
        assertThat(kind.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(kind.err()).contains("Các đơn vị đã gửi số liệu chỉ tiêu HS_DUNG_HAN năm 2026, nên không đổi được"
                + " loại hay mẫu số của chỉ tiêu này");
        CliRunner.Run remove = CliRunner.run(folder, "statistics", "table", "remove", "KT_CCHC", "--year", "2026");
        assertThat(remove.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(remove.err()).contains("không xóa được chỉ tiêu này (để số liệu đã gửi vẫn đọc được)");
        CliRunner.Run unknownArea = CliRunner.run(folder, "statistics", "table", "set", "MOI", "--year", "2026",
                "--area", "XYZ", "--label", "Mới", "--unit", "cái", "--kind", "dem");
        assertThat(unknownArea.err()).contains("Không có lĩnh vực cải cách mã \"XYZ\"");
        assertThat(list()).isEqualTo(before);
    }

    @Test
    void anIncompleteNewItemSaysWhatIsMissing() {
        CliRunner.Run run = CliRunner.run(folder, "statistics", "table", "set", "MOI", "--year", "2026", "--label", "Mới");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Chỉ tiêu MOI chưa có trong bảng: để thêm, hãy cho --area, --label, --unit và --kind.");
    }
}
