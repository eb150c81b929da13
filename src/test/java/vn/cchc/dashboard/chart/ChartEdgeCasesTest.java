package vn.cchc.dashboard.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import vn.cchc.dashboard.domain.CompletionCurve;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.domain.UnitProgress;
import vn.cchc.dashboard.files.AtomicFile;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;


/** Charts of plans that are empty, huge or odd, and exports that cannot be written. */
class ChartEdgeCasesTest {

    static final Messages VI = Messages.of(Language.VI);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final Plan PLAN = new Plan(1, 2026, "Kế hoạch CCHC năm 2026", null, null, PlanScope.PROVINCE, "NQ76",
            false, false);
    static final List<ReformArea> AREAS = List.of(
            new ReformArea("NQ76", "CDDH", "Công tác chỉ đạo, điều hành cải cách hành chính", "Direction", 0),
            new ReformArea("NQ76", "TTHC", "Cải cách thủ tục hành chính", "Administrative procedure reform", 2));

    @TempDir
    Path folder;

    static ChartInput emptyPlan() {
        return SampleCharts.of(new PlanSnapshot(PLAN, AREAS, List.of(), List.of(), List.of()), AS_OF);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void aPlanWithoutTasksSaysThereIsNothingToDraw(ChartKind kind) throws Exception {
        ExportableChart chart = Charts.create(kind, emptyPlan(), VI);
        Path svg = folder.resolve("empty.svg");
        Path png = folder.resolve("empty.png");
        chart.writeSvg(svg, 800, 450);
        chart.writePng(png, 800, 450, 1, null);

        assertThat(ChartFilesReader.svgTexts(svg)).contains(VI.format(kind.titleKey()),
                "Chưa có số liệu để vẽ biểu đồ này.", "Nguồn: Kế hoạch CCHC năm 2026 · Số liệu tính đến 23/11/2026");
        assertThat(ChartFilesReader.png(png).getWidth()).isEqualTo(800);
    }

    @Test
    void fiveHundredUnitsShowTheFortyLowestAndSaySo() throws Exception {
        List<UnitProgress> units = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            UnitKind kind = i % 3 == 0 ? UnitKind.COMMUNE : i % 3 == 1 ? UnitKind.DEPARTMENT : UnitKind.DISTRICT;
            Unit unit = new Unit(i, "Đơn vị số " + i + " của tỉnh Minh Giang, tên đầy đủ rất dài", null, kind, null,
                    null, null);
            units.add(new UnitProgress(unit, new ProgressCount(10, i % 11, Map.of(DeadlineCategory.IN_PROGRESS, 10))));
        }
        PlanSummary summary = new PlanSummary(PLAN, AS_OF, new ProgressCount(5000, 2500, Map.of()), List.of(), units, AS_OF);
        ChartInput input = new ChartInput(summary, List.of(), new CompletionCurve(2026, List.of()), null, null);
        Path svg = folder.resolve("units.svg");
        Path png = folder.resolve("units.png");
        ExportableChart chart = Charts.create(ChartKind.UNIT_PROGRESS, input, VI);
        chart.writeSvg(svg, 800, 450);
        chart.writePng(png, ExportPreset.SLIDE_16_9);

        List<String> texts = ChartFilesReader.svgTexts(svg);
        assertThat(texts).contains("40 đơn vị có tỷ lệ hoàn thành thấp nhất (trong số 500)");
        assertThat(texts).filteredOn(t -> t.startsWith("0,00% (0/10)")).hasSize(40);
        assertThat(texts).contains("Đơn vị số 11 của tỉnh Minh…").doesNotContain("Đơn vị số 1 của tỉnh Minh…");
        assertThat(ChartFilesReader.png(png).getWidth()).isEqualTo(3200);
    }

    @Test
    void unitsBelowTheOverallRateAreRedAndLaggingUnitsComeFirst() {
        Unit behind = new Unit(1, "Sở Tài chính", null, UnitKind.DEPARTMENT, null, null, null);
        Unit ahead = new Unit(2, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null);
        Unit commune = new Unit(3, "UBND xã Lạc Sơn", null, UnitKind.COMMUNE, null, null, null);
        PlanSummary summary = new PlanSummary(PLAN, AS_OF, new ProgressCount(10, 5, Map.of()), List.of(), List.of(
                new UnitProgress(ahead, new ProgressCount(4, 3, Map.of())),
                new UnitProgress(behind, new ProgressCount(4, 1, Map.of())),
                new UnitProgress(commune, new ProgressCount(2, 1, Map.of()))), AS_OF);
        ChartInput input = new ChartInput(summary, List.of(), new CompletionCurve(2026, List.of()), null, "KH");

        JFreeChart chart = Charts.build(ChartKind.UNIT_PROGRESS, input, VI);
        List<CategoryPlot> groups = new ArrayList<>();
        for (Object subplot : ((CombinedRangeCategoryPlot) chart.getPlot()).getSubplots()) {
            groups.add((CategoryPlot) subplot);
        }
        assertThat(groups).hasSize(2);
        CategoryPlot departments = groups.get(0);
        assertThat(rowLabels(departments)).containsExactly("Sở, ban, ngành", "Sở Tài chính", "Sở Nội vụ");
        assertThat(departments.getRenderer().getItemPaint(0, 1)).isEqualTo(ChartPalette.OVERDUE);
        assertThat(departments.getRenderer().getItemPaint(0, 2)).isEqualTo(ChartPalette.IN_PROGRESS);
        // 23/11/2026: two-level local government, so communes alone and no "cấp huyện".
        assertThat(rowLabels(groups.get(1))).containsExactly("UBND cấp xã", "UBND xã Lạc Sơn");
        assertThat(groups.get(1).getRenderer().getItemPaint(0, 1)).as("exactly the overall rate").isEqualTo(ChartPalette.IN_PROGRESS);
    }

    static List<String> rowLabels(CategoryPlot plot) {
        List<String> labels = new ArrayList<>();
        for (Object category : plot.getCategories()) {
            labels.add(category.toString());
        }
        return labels;
    }

    @Test
    void longUnitNamesAreShortenedAtAWord() {
        assertThat(UnitRow.abbreviate("Sở Nội vụ")).isEqualTo("Sở Nội vụ");
        assertThat(UnitRow.abbreviate("Ban Quản lý các khu công nghiệp tỉnh Minh Giang"))
                .isEqualTo("Ban Quản lý các khu công…").hasSizeLessThanOrEqualTo(UnitRow.MAX_LABEL_LENGTH);
        assertThat(UnitRow.abbreviate("Sởkhoahọcvàcôngnghệtỉnhminhgiangmới")).hasSize(UnitRow.MAX_LABEL_LENGTH).endsWith("…");
    }

    @Test
    void withoutLastYearsPlanOnlyThisYearIsDrawnAndTheChartSaysWhy() throws Exception {
        JFreeChart chart = Charts.build(ChartKind.YEAR_OVER_YEAR, withOneTask(), VI);
        assertThat(chart.getSubtitles()).filteredOn(TextTitle.class::isInstance).extracting(t -> ((TextTitle) t).getText())
                .contains("Chưa có kế hoạch năm trước để so sánh.");
        assertThat(((org.jfree.chart.plot.XYPlot) chart.getPlot()).getDataset().getSeriesCount()).isEqualTo(1);
    }

    static ChartInput withOneTask() {
        vn.cchc.dashboard.domain.Task task = new vn.cchc.dashboard.domain.Task(1, 1, "1", "TTHC", "Rà soát thủ tục", 1,
                List.of(), null, null, "Quý II", LocalDate.of(2026, 6, 30), false, 1);
        Unit unit = new Unit(1, "Sở Tư pháp", null, UnitKind.DEPARTMENT, null, null, null);
        return SampleCharts.of(new PlanSnapshot(PLAN, AREAS, List.of(unit), List.of(task), List.of()), AS_OF);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void aPlanWithOneTaskDrawsEveryChart(ChartKind kind) throws Exception {
        Path svg = folder.resolve("one.svg");
        Charts.create(kind, withOneTask(), VI).writeSvg(svg, 640, 360);
        assertThat(ChartFilesReader.svgTexts(svg)).doesNotContain("Chưa có số liệu để vẽ biểu đồ này.");
    }

    @Test
    void aMissingFolderFailsAndLeavesNothing() {
        ExportableChart chart = Charts.create(ChartKind.STATUS_DONUT, withOneTask(), VI);
        Path missing = folder.resolve("không có").resolve("chart.png");
        assertThatThrownBy(() -> chart.writePng(missing, 400, 225, 1, null)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> chart.writeSvg(missing.resolveSibling("chart.svg"), 400, 225)).isInstanceOf(IOException.class);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aFolderThatIsAFileFailsAndLeavesNothing() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("báo cáo.docx"), "x");
        ExportableChart chart = Charts.create(ChartKind.STATUS_DONUT, withOneTask(), VI);
        assertThatThrownBy(() -> chart.writePng(notAFolder.resolve("chart.png"), 400, 225, 1, null))
                .isInstanceOf(IOException.class);
        assertThat(ChartFilesReader.filesIn(folder)).containsExactly(notAFolder);
    }

    @Test
    void aFolderWithoutWritePermissionFailsAndLeavesNothing() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("chỉ đọc"));
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly),
                    "this user may write anywhere (root): permissions cannot be tested");
            ExportableChart chart = Charts.create(ChartKind.STATUS_DONUT, withOneTask(), VI);
            assertThatThrownBy(() -> chart.writePng(readOnly.resolve("chart.png"), 400, 225, 1, null))
                    .isInstanceOf(IOException.class);
            assertThat(readOnly).isEmptyDirectory();
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void aTargetThatCannotBeReplacedFailsAndLeavesNoTemporaryFile() throws Exception {
        Path occupied = Files.createDirectory(folder.resolve("chart.png"));
        Files.writeString(occupied.resolve("inside.txt"), "x");
        ExportableChart chart = Charts.create(ChartKind.STATUS_DONUT, withOneTask(), VI);
        assertThatThrownBy(() -> chart.writePng(occupied, 400, 225, 1, null)).isInstanceOf(IOException.class);
        assertThat(ChartFilesReader.filesIn(folder)).containsExactly(occupied);
    }

    @Test
    void aWriteThatFailsHalfwayKeepsThePreviousFile() throws Exception {
        Path file = Files.writeString(folder.resolve("chart.svg"), "previous");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("<svg".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(ChartFilesReader.filesIn(folder)).containsExactly(file);
    }

    @Test
    void sizesThatMakeNoSenseAreRefused() {
        ExportableChart chart = Charts.create(ChartKind.STATUS_DONUT, withOneTask(), VI);
        Path file = folder.resolve("chart.png");
        assertThatThrownBy(() -> chart.writePng(file, 0, 450, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.writePng(file, 800, 450, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.writePng(file, 800, 450, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.writePng(file, 100_000, 100_000, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void cliNamesRoundTrip() {
        for (ChartKind kind : ChartKind.values()) {
            assertThat(ChartKind.fromCliName(kind.cliName())).contains(kind);
            assertThat(ChartKind.fromCliName(" " + kind.cliName().toUpperCase() + " ")).contains(kind);
        }
        assertThat(ChartKind.values()).extracting(ChartKind::cliName)
                .containsExactly("linh-vuc", "don-vi", "tien-do", "trang-thai", "so-sanh-nam");
        assertThat(ChartKind.fromCliName("biểu đồ")).isEmpty();
        assertThat(ChartKind.fromCliName(null)).isEmpty();
        assertThat(ChartKind.STATUS_DONUT.titleKey()).isEqualTo("chart.STATUS_DONUT.title");
    }

    @Test
    void everyTitleAndMonthListExistsInBothLanguages() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (ChartKind kind : ChartKind.values()) {
                assertThat(bundle.containsKey(kind.titleKey())).as(language + " " + kind).isTrue();
            }
            assertThat(Messages.of(language).format("chart.axis.months").split(",")).hasSize(12);
        }
    }

    @Test
    void chartTextIsSetInTheBundledFontThatHasEveryVietnameseLetter() {
        JFreeChart chart = Charts.build(ChartKind.AREA_PROGRESS, withOneTask(), VI);
        java.awt.Font title = chart.getTitle().getFont();
        assertThat(title.getFamily()).isEqualTo("DejaVu Sans");
        assertThat(title.isBold()).isTrue();
        String everyVowel = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        assertThat(title.canDisplayUpTo(everyVowel + everyVowel.toUpperCase())).isEqualTo(-1);
        assertThat(ChartFonts.regular(12).canDisplayUpTo(everyVowel + everyVowel.toUpperCase())).isEqualTo(-1);
    }
}
