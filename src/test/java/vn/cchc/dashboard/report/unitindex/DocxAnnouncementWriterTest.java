package vn.cchc.dashboard.report.unitindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.ReportSettings;

/** The decision as Word opens it: title, articles with their bold labels, the annex's rows in order, every diacritic. */
class DocxAnnouncementWriterTest {

    @TempDir
    Path folder;

    private XWPFDocument written(AnnouncementDocument document) throws Exception {
        Path file = folder.resolve("quyet-dinh.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            DocxAnnouncementWriter.write(document, out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void theDecisionOpensWithItsTitleArticlesAndRankingAnnex() throws Exception {
        AnnouncementDocument decision = DecisionComposer.compose(AnnouncementFixture.announcement(),
                ReportSettings.defaults().withProvince("Minh Giang"), Messages.of(Language.VI));
        try (XWPFDocument doc = written(decision)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH MINH GIANG",
                    "Phụ lục", "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("Phê duyệt và công bố Chỉ số cải cách hành chính năm 2025"));
            for (int article = 1; article <= 3; article++) {
                String label = "Điều " + article + ".";
                XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().startsWith(label)).findFirst()
                        .orElseThrow();
                assertThat(p.getRuns().get(0).getText(0)).isEqualTo(label + " ");
                assertThat(p.getRuns().get(0).isBold()).isTrue();
                assertThat(p.getRuns().get(1).isBold()).isFalse();
            }
            List<XWPFTable> tables = doc.getTables();
            XWPFTable annex = tables.get(tables.size() - 1);
            assertThat(annex.getRows()).extracting(DocxAnnouncementWriterTest::row).containsExactly(
                    "Xếp hạng | Cơ quan, đơn vị | Điểm đạt được | Điểm tối đa áp dụng | Chỉ số (%)",
                    "1 | Sở Tư pháp | 95,00 | 100 | 95,00",
                    "2 | Sở Công Thương | 87,25 | 100 | 87,25",
                    "2 | Sở Văn hóa, Thể thao và Du lịch | 87,25 | 100 | 87,25",
                    "4 | Sở Y tế | 69,50 | 100 | 69,50",
                    "… | Sở Xây dựng | … | 100 | …",
                    "… | Thanh tra tỉnh | … | 100 | …");
            assertThat(annex.getRow(0).isRepeatHeader()).isTrue();
            String note = paragraphs.stream().filter(p -> p.startsWith("Ghi chú")).findFirst().orElseThrow();
            assertThat(note).contains("đồng hạng 2").contains("[Chưa công bố kết quả của 2 đơn vị.");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Quyết định công bố Chỉ số CCHC năm 2025");
        }
    }

    private static String row(XWPFTableRow row) {
        return String.join(" | ", row.getTableCells().stream().map(c -> c.getText()).toList());
    }
}
