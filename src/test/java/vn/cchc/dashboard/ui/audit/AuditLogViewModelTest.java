package vn.cchc.dashboard.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

class AuditLogViewModelTest {

    @TempDir
    Path folder;
    AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(folder.resolve("data"), TestClock.today(), true);
        context.settings().setUserName("Trần Văn Nam");
    }

    @AfterEach
    void close() {
        context.close();
    }

    Overview overview() {
        return context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60);
    }

    @Test
    void theLogListsEveryChangeNewestFirstSearchablyAndExportsWhatIsShown() throws Exception {
        Task task = overview().select(TaskSelection.OVERDUE).get(0).task();
        context.tasks().recordProgress(task.id(), new ProgressDraft(TestClock.TODAY, TaskStatus.COMPLETED, null,
                "Đã ban hành", "245/QĐ-UBND"));
        context.tasks().updateTask(context.plans().snapshot(context.plans().planFor(2026)).tasks().stream()
                .filter(t -> t.id() == task.id()).findFirst().orElseThrow(), new TaskDraft(task.code(), task.areaCode(),
                task.title(), task.leadUnitId(), task.cooperationText(), task.expectedOutput(), "Quý IV/2026"));

        QueuedBackground background = new QueuedBackground();
        AuditLogViewModel model = new AuditLogViewModel(context.audit(), background, Messages.of(Language.VI),
                TestClock.VIETNAM, new SimpleObjectProperty<>(overview()));
        background.runAll();
        assertThat(model.lines()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(model.lines().get(0).action()).isEqualTo("Sửa nhiệm vụ");
        assertThat(model.lines()).anyMatch(l -> l.field().equals("Thời hạn") && l.after().equals("Quý IV/2026"));
        assertThat(model.lines()).anyMatch(l -> l.action().equals("Cập nhật tiến độ")
                && l.after().equals("23/11/2026 · Đã hoàn thành · 100% · 245/QĐ-UBND · Đã ban hành"));
        // On the embedded database the operating-system account is recorded beside the profile's name.
        String who = "Trần Văn Nam (" + System.getProperty("user.name") + ")";
        assertThat(model.lines()).allMatch(l -> l.user().equals(who) && l.task().equals(task.code()));

        var slip = context.tasks().recordProgress(task.id(), new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, 10,
                null, null));
        context.tasks().withdrawProgress(slip.id());
        model = new AuditLogViewModel(context.audit(), background, Messages.of(Language.VI), TestClock.VIETNAM,
                new SimpleObjectProperty<>(overview()));
        background.runAll();
        assertThat(model.lines().get(0).action()).isEqualTo("Sửa cập nhật tiến độ");
        assertThat(model.lines().get(0).before()).isEqualTo("23/11/2026 · Đang thực hiện · 10%");
        assertThat(model.lines().get(0).after()).isEqualTo("Rút lại cập nhật");

        model.search().set("thoi han");
        assertThat(model.lines()).hasSize(1);
        Path file = folder.resolve("nhat-ky.xlsx");
        model.export(file);
        background.runAll();
        assertThat(model.feedback().get()).startsWith("Đã xuất 1 dòng nhật ký");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheet("Nhật ký thay đổi");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(who);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Thời hạn");
        }
    }
}
