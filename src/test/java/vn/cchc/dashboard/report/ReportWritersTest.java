package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** The three writers on awkward content: names with markup characters, decomposed Vietnamese, a failed write. */
class ReportWritersTest {

    private static final String ODD_NAME = "Sở Tư pháp & Đào tạo <thử> \"Ngoại vụ\" – 'Dân tộc'";

    @TempDir
    Path folder;

    private Report report(String unitName) {
        return ReportComposer.compose(LargePlans.inputs(LargePlans.plan(60, 3, true, unitName)),
                Messages.of(Language.VI));
    }

    @Test
    void aUnitNameWithSpecialCharactersComesBackIntactInEveryFormat() throws IOException {
        Report report = report(ODD_NAME);
        assertThat(report.asText()).contains(ODD_NAME);
        for (ReportFormat format : ReportFormat.values()) {
            Path file = folder.resolve("r." + format.extension());
            ReportWriters.write(report, format, file);
            String text = switch (format) {
                case DOCX -> ReadBack.docx(file);
                case PDF -> ReadBack.pdf(file);
                case PPTX -> String.join("\n", ReadBack.slides(file)) + chartCategories(file);
            };
            assertThat(ReadBack.folded(text)).as(format.name()).contains(ODD_NAME);
        }
    }

    /** The category labels in the native charts' own workbooks, where a deck keeps the unit names. */
    private static String chartCategories(Path file) throws IOException {
        StringBuilder names = new StringBuilder();
        try (var in = Files.newInputStream(file); var ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            for (var chart : ppt.getCharts()) {
                try {
                    chart.getWorkbook().getSheetAt(0).forEach(row -> names.append('\n')
                            .append(row.getCell(0) == null ? "" : row.getCell(0).toString()));
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IOException(e);
                }
            }
        }
        return names.toString();
    }

    @Test
    void decomposedVietnameseIsComposedSoThePdfShowsEveryDiacritic() throws IOException {
        String decomposed = Normalizer.normalize("UBND xã Lạc Sơn – Hưng Yên", Normalizer.Form.NFD);
        Path file = folder.resolve("r.pdf");
        ReportWriters.write(report(decomposed), ReportFormat.PDF, file);
        assertThat(ReadBack.folded(ReadBack.pdf(file))).contains("UBND xã Lạc Sơn – Hưng Yên");
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAsItWasAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("r.docx");
        Files.writeString(file, "bản cũ");
        Report broken = new Report(Language.VI, LargePlans.H1.end(), "x", report("A").heading(), "x", "x",
                java.util.List.of(), null, null, null, java.util.List.of(), null, report("A").overview());
        assertThatThrownBy(() -> ReportWriters.write(broken, ReportFormat.DOCX, file)).isInstanceOf(RuntimeException.class);
        assertThat(Files.readString(file)).isEqualTo("bản cũ");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
