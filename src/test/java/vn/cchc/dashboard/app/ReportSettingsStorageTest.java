package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.report.ReportIssuer;
import vn.cchc.dashboard.report.ReportSettings;

/** The report settings in settings.properties, including files written before the issuer was a choice. */
class ReportSettingsStorageTest {

    @TempDir
    Path folder;

    private AppSettings older(String lines) throws IOException {
        Files.writeString(folder.resolve(AppSettings.FILE_NAME), lines, StandardCharsets.UTF_8);
        return AppSettings.load(folder);
    }

    @Test
    void aNewFolderReportsInTheNameOfThePeoplesCommittee() {
        assertThat(AppSettings.load(folder).reportSettings()).isEqualTo(ReportSettings.defaults());
        assertThat(AppSettings.load(folder).reportSettings().issuer()).isEqualTo(ReportIssuer.PEOPLES_COMMITTEE);
    }

    @Test
    void anOlderFileWithTheSteeringCommitteesWordingKeepsMeaningTheSteeringCommittee() throws IOException {
        // As version 0.1 wrote it: the committee's wording stored word for word, no issuer.
        ReportSettings loaded = older("""
                language=vi
                report.province=Minh Giang
                report.parentBody=
                report.issuingBody=BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH
                report.signer=KT. TRƯỞNG BAN\\nPHÓ TRƯỞNG BAN
                report.recipients=Bộ Nội vụ (Vụ Cải cách hành chính)\\nLưu: VT, Sở Nội vụ
                """).reportSettings();
        assertThat(loaded.issuer()).isEqualTo(ReportIssuer.STEERING_COMMITTEE);
        assertThat(loaded.provinceName()).isEqualTo("Minh Giang");
        assertThat(loaded.issuingBody()).isEqualTo("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH");
        assertThat(loaded.signerTitle()).containsExactly("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
        assertThat(loaded.recipients()).containsExactly("Bộ Nội vụ (Vụ Cải cách hành chính)", "Lưu: VT, Sở Nội vụ");
    }

    @Test
    void anOlderFileThatNamedThePeoplesCommitteeMeansThePeoplesCommittee() throws IOException {
        ReportSettings loaded = older("""
                report.issuingBody=ỦY BAN NHÂN DÂN TỈNH MINH GIANG
                report.signer=KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH
                """).reportSettings();
        assertThat(loaded.issuer()).isEqualTo(ReportIssuer.PEOPLES_COMMITTEE);
    }

    @Test
    void theIssuerAndAddresseeAreSavedAndReadBack() {
        AppSettings settings = AppSettings.load(folder);
        ReportSettings chosen = new ReportSettings(ReportIssuer.STEERING_COMMITTEE, "Hưng Yên", "", "", List.of(),
                List.of(), "Bộ Nội vụ (Vụ CCHC)");
        settings.setReportSettings(chosen);
        settings.save();
        assertThat(AppSettings.load(folder).reportSettings()).isEqualTo(chosen);
    }
}
