package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** Who issues the report: its heading, number, "Kính gửi", signature, sentences and annex follow the issuer. */
class ReportIssuerTest {

    private static final String UBND_NAME = "Ủy ban nhân dân tỉnh Minh Giang";
    private static final String BCD_NAME = "Ban Chỉ đạo cải cách hành chính tỉnh Minh Giang";

    @TempDir
    Path folder;

    private static Report report(ReportIssuer issuer) {
        ReportInputs in = LargePlans.inputs(LargePlans.plan(60, 3, true, "Sở Tư pháp"));
        ReportSettings settings = new ReportSettings(issuer, "Minh Giang", "", "", List.of(), List.of(), "");
        return ReportComposer.compose(new ReportInputs(in.overview(), in.lagging(), in.indicators(), in.period(),
                in.estimate(), settings, in.parts()), Messages.of(Language.VI));
    }

    @Test
    void theDefaultIssuerIsThePeoplesCommittee() {
        assertThat(ReportSettings.defaults().issuer()).isEqualTo(ReportIssuer.PEOPLES_COMMITTEE);
    }

    @Test
    void aPeoplesCommitteeReportIsHeadedSignedAndWordedAsTheCommittee() {
        Report report = report(ReportIssuer.PEOPLES_COMMITTEE);
        ReportHeading h = report.heading();
        assertThat(h.parentBody()).isEmpty();
        assertThat(h.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH MINH GIANG");
        assertThat(h.numberLine()).matches("Số: +/BC-UBND");
        assertThat(h.addressee()).isEqualTo("Kính gửi: Bộ Nội vụ.");
        assertThat(report.closing().signerLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH");
        assertThat(report.closing().printedRecipients()).last().isEqualTo("- Lưu: VT, Sở Nội vụ.");
        assertThat(report.body().get(0).text()).contains(UBND_NAME + " báo cáo kết quả công tác cải cách hành chính");
        assertThat(report.body().get(report.body().size() - 1).text())
                .startsWith("Trên đây là báo cáo kết quả công tác cải cách hành chính")
                .endsWith("của " + UBND_NAME + "./.");
        assertThat(report.annexReference())
                .matches("\\(Kèm theo Báo cáo số +/BC-UBND ngày +tháng +năm 2026 của " + UBND_NAME + "\\)");
        assertThat(report.asText()).doesNotContain("BAN CHỈ ĐẠO").doesNotContain("BC-BCĐ");
    }

    @Test
    void aSteeringCommitteeReportKeepsTheCommitteesHeadingAndSignature() {
        Report report = report(ReportIssuer.STEERING_COMMITTEE);
        ReportHeading h = report.heading();
        assertThat(h.parentBody()).isEqualTo("UBND TỈNH MINH GIANG");
        assertThat(h.issuingBody()).isEqualTo("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH");
        assertThat(h.numberLine()).matches("Số: +/BC-BCĐ");
        assertThat(h.addressee()).isEqualTo("Kính gửi: Bộ Nội vụ.");
        assertThat(report.closing().signerLines()).containsExactly("TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN",
                "PHÓ TRƯỞNG BAN");
        assertThat(report.closing().printedRecipients()).last().isEqualTo("- Lưu: VT, Sở Nội vụ.");
        assertThat(report.body().get(0).text()).contains(BCD_NAME + " báo cáo");
        assertThat(report.body().get(report.body().size() - 1).text()).endsWith("của " + BCD_NAME + "./.");
        assertThat(report.annexReference()).contains("/BC-BCĐ ngày").endsWith("của " + BCD_NAME + ")");
    }

    @Test
    void theOfficesOwnWordingWinsOverTheIssuersUsualOne() {
        ReportInputs in = LargePlans.inputs(LargePlans.plan(60, 3, true, "Sở Tư pháp"));
        ReportSettings settings = new ReportSettings(ReportIssuer.PEOPLES_COMMITTEE, "Minh Giang", "", "",
                List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"), List.of("Bộ Nội vụ", "Lưu: VT"),
                "Bộ Nội vụ (Vụ Cải cách hành chính).");
        Report report = ReportComposer.compose(new ReportInputs(in.overview(), in.lagging(), in.indicators(),
                in.period(), in.estimate(), settings, in.parts()), Messages.of(Language.VI));
        assertThat(report.closing().signerLines()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC");
        assertThat(report.closing().printedRecipients()).containsExactly("- Bộ Nội vụ;", "- Lưu: VT.");
        assertThat(report.heading().addressee()).isEqualTo("Kính gửi: Bộ Nội vụ (Vụ Cải cách hành chính).");
    }

    @Test
    void olderWordingKeepsTheIssuerItMeant() {
        assertThat(new ReportSettings("Minh Giang", "", "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH",
                List.of("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), List.of()).issuer())
                .isEqualTo(ReportIssuer.STEERING_COMMITTEE);
        assertThat(new ReportSettings("Minh Giang", "", "ỦY BAN NHÂN DÂN TỈNH MINH GIANG",
                List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), List.of()).issuer())
                .isEqualTo(ReportIssuer.PEOPLES_COMMITTEE);
    }

    @Test
    void theWordDocumentCarriesTheIssuersHeadingClosingAndAnnexHeading() throws IOException {
        for (ReportIssuer issuer : ReportIssuer.provincial()) {
            Path file = folder.resolve(issuer + ".docx");
            ReportWriters.write(report(issuer), ReportFormat.DOCX, file);
            String text = ReadBack.folded(ReadBack.docx(file));
            boolean ubnd = issuer == ReportIssuer.PEOPLES_COMMITTEE;
            assertThat(text).as(issuer.name()).contains(ubnd ? "ỦY BAN NHÂN DÂN TỈNH MINH GIANG"
                    : "UBND TỈNH MINH GIANG BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH")
                    .containsPattern(ubnd ? "Số: +/BC-UBND" : "Số: +/BC-BCĐ")
                    .contains("Kính gửi: Bộ Nội vụ.")
                    .contains(ubnd ? "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
                            : "TM. BAN CHỈ ĐẠO KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN")
                    .contains("Trên đây là báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2026 của "
                            + (ubnd ? UBND_NAME : BCD_NAME) + "./.")
                    .containsPattern("PHỤ LỤC .*\\(Kèm theo Báo cáo số +/BC-" + (ubnd ? "UBND" : "BCĐ")
                            + " ngày +tháng +năm 2026 của " + (ubnd ? UBND_NAME : BCD_NAME) + "\\)");
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                XWPFTableCell left = doc.getTables().get(0).getRow(0).getCell(0);
                // Upper case 13 bold, no parent line above a People's Committee.
                assertThat(left.getParagraphs().get(0).getRuns().get(0).isBold()).isEqualTo(ubnd);
                if (ubnd) {
                    assertThat(left.getParagraphs().get(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH MINH GIANG");
                }
            }
        }
    }

    @Test
    void theWordAnnexIsANewLandscapeSectionNumberedFromOne() throws IOException {
        Path file = folder.resolve("r.docx");
        ReportWriters.write(report(ReportIssuer.PEOPLES_COMMITTEE), ReportFormat.DOCX, file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            CTSectPr annex = doc.getDocument().getBody().getSectPr();
            assertThat(annex.getPgSz().getOrient()).hasToString("landscape");
            assertThat(annex.getPgNumType().getStart().intValue()).isEqualTo(1);
            CTSectPr body = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().isSetSectPr()).findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertThat(body.isSetPgNumType()).as("the report's own pages run on from 1").isFalse();
            var reference = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("(Kèm theo"))
                    .findFirst().orElseThrow();
            assertThat(reference.getRuns().get(0).isItalic()).isTrue();
        }
    }

    @Test
    void thePdfCarriesTheIssuerAndNumbersTheAnnexFromOne() throws IOException {
        for (ReportIssuer issuer : ReportIssuer.provincial()) {
            Path file = folder.resolve(issuer + ".pdf");
            ReportWriters.write(report(issuer), ReportFormat.PDF, file);
            boolean ubnd = issuer == ReportIssuer.PEOPLES_COMMITTEE;
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(1);
                stripper.setEndPage(1);
                String first = ReadBack.folded(stripper.getText(doc));
                assertThat(first).as(issuer.name()).contains(ubnd ? "ỦY BAN NHÂN DÂN" : "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH")
                        .containsPattern(ubnd ? "/BC-UBND" : "/BC-BCĐ").contains("Kính gửi: Bộ Nội vụ.")
                        .contains(ubnd ? UBND_NAME + " báo cáo" : BCD_NAME + " báo cáo");
                assertThat(first.contains("UBND TỈNH MINH GIANG")).isEqualTo(!ubnd);
                String all = ReadBack.folded(new PDFTextStripper().getText(doc));
                assertThat(all).contains(ubnd ? "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
                        : "TM. BAN CHỈ ĐẠO KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN");
                int annexStart = -1;
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(doc);
                    if (annexStart < 0 && text.contains("PHỤ LỤC")) {
                        annexStart = page;
                        assertThat(ReadBack.folded(text)).contains("(Kèm theo Báo cáo số").contains(
                                "của " + (ubnd ? UBND_NAME : BCD_NAME) + ")");
                    }
                    if (annexStart > 0) {
                        String number = String.valueOf(page - annexStart + 1);
                        assertThat(text.strip().lines().anyMatch(l -> l.strip().equals(number)))
                                .as("annex page %d", page).isTrue();
                    }
                }
                assertThat(annexStart).isGreaterThan(1);
            }
        }
    }
}
