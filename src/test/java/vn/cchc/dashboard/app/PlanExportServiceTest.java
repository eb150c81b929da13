package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;

class PlanExportServiceTest {

    @TempDir
    Path folder;
    AppContext context;
    Plan plan;
    final Messages vi = Messages.of(Language.VI);

    @BeforeEach
    void open() {
        context = AppContext.open(folder.resolve("data"), TestClock.today(), true);
        plan = context.plans().planFor(2026);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void tasksGoToAFormattedWorkbookWithOneRowPerTask() throws Exception {
        Path file = folder.resolve("nhiem-vu.xlsx");
        context.planExport().exportTasks(plan, TestClock.TODAY, file, vi);
        int tasks = context.plans().snapshot(plan).tasks().size();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nhiệm vụ");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Nội dung nhiệm vụ");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(tasks);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(60 * 256);
        }
    }

    @Test
    void csvHasAByteOrderMarkKeepsVietnameseAndNeverCarriesAFormula() throws Exception {
        Task task = context.plans().snapshot(plan).tasks().get(0);
        context.tasks().recordProgress(task.id(), new ProgressDraft(LocalDate.of(2026, 11, 20), TaskStatus.IN_PROGRESS,
                40, "=HYPERLINK(\"http://x\",\"bấm\"), chờ ý kiến", "@SUM(A1)"));
        Path file = folder.resolve("lich-su.csv");
        context.planExport().exportProgress(plan, file, vi);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã,Nội dung nhiệm vụ,Ngày,Tình trạng");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\"), chờ ý kiến\"", ",'@SUM(A1),", "20/11/2026");
        assertThat(text.lines().skip(1)).noneMatch(line -> line.matches("(^|.*,)[=+@].*"));
    }

    @Test
    void englishHeadingsOnRequest() throws Exception {
        Path file = folder.resolve("tasks.csv");
        context.planExport().exportTasks(plan, TestClock.TODAY, file, Messages.of(Language.EN));
        assertThat(Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .startsWith("\uFEFFCode,");
    }
}
