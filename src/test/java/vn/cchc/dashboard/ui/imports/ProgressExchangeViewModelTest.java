package vn.cchc.dashboard.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.excel.ProgressForm;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.Workbooks;
import vn.cchc.dashboard.ui.QueuedBackground;

/** The exchange window's model on the sample: forms written for chosen units, edited, taken back, decided on. */
class ProgressExchangeViewModelTest {

    @TempDir
    Path folder;
    AppContext context;
    Plan plan;
    final QueuedBackground background = new QueuedBackground();
    final AtomicInteger reloads = new AtomicInteger();
    ProgressExchangeViewModel model;

    @BeforeEach
    void open() {
        context = AppContext.open(folder.resolve("data"), TestClock.today(), true);
        plan = context.plans().planFor(2026);
        model = new ProgressExchangeViewModel(context.progressExchange(), background, Messages.of(Language.VI), plan,
                TestClock.TODAY, reloads::incrementAndGet);
        model.load();
        background.runAll();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyLeadUnitIsListedWithItsTasksAndTheChosenOnesGetAFormEach() throws Exception {
        assertThat(model.units()).isNotEmpty().allMatch(u -> u.chosen().get());
        assertThat(model.units().stream().mapToInt(ProgressExchangeViewModel.UnitRow::tasks).sum())
                .isEqualTo(context.plans().snapshot(plan).tasks().size());
        model.chooseAll(false);
        model.units().get(0).chosen().set(true);
        model.units().get(1).chosen().set(true);
        Path out = Files.createDirectory(folder.resolve("phieu"));

        model.exportForms(out);
        background.runAll();

        try (var written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(2)
                    .allMatch(name -> name.matches("phieu-tien-do-[a-z0-9-]+-2026\\.xlsx"));
        }
        assertThat(model.message().get()).isEqualTo("Đã ghi 2 phiếu vào thư mục " + out + ".");
    }

    @Test
    void nothingChosenWritesNothingAndSaysSo() {
        model.chooseAll(false);
        model.exportForms(folder);
        assertThat(model.busy().get()).isFalse();
        assertThat(model.message().get()).isEqualTo("Chưa chọn đơn vị nào.");
    }

    @Test
    void returnedFormsAreCheckedLineByLineAndAConflictIsRecordedOnlyOnceTicked() throws Exception {
        Path out = Files.createDirectory(folder.resolve("phieu"));
        model.chooseAll(false);
        model.units().get(0).chosen().set(true);
        model.units().get(1).chosen().set(true);
        model.exportForms(out);
        background.runAll();
        List<Path> forms;
        try (var written = Files.list(out)) {
            forms = written.sorted().toList();
        }
        Workbooks.edit(forms.get(0), ProgressForm.SHEET, sheet -> {
            XSSFRow done = sheet.getRow(ProgressForm.HEADER_ROW + 1);
            done.getCell(ProgressForm.STATUS).setCellValue("Đã hoàn thành");
            done.getCell(ProgressForm.COMPLETED_ON).setCellValue("18/11/2026");
            done.getCell(ProgressForm.EVIDENCE).setCellValue("21/BC-SNV");
        });
        Workbooks.edit(forms.get(1), ProgressForm.SHEET, sheet -> {
            XSSFRow renamed = sheet.getRow(ProgressForm.HEADER_ROW + 1);
            renamed.getCell(ProgressForm.TITLE).setCellValue("Tên nhiệm vụ bị sửa");
            renamed.getCell(ProgressForm.STATUS).setCellValue("Đang thực hiện");
            renamed.getCell(ProgressForm.PERCENT).setCellValue(70);
        });
        long conflictTask = Workbooks.read(forms.get(1), ProgressForm.SHEET,
                sheet -> (long) sheet.getRow(ProgressForm.HEADER_ROW + 1).getCell(ProgressForm.ID).getNumericCellValue());

        model.addFiles(forms);
        background.runAll();

        int lines = model.units().get(0).tasks() + model.units().get(1).tasks();
        assertThat(model.lines()).hasSize(lines);
        assertThat(model.toRecord().get()).isEqualTo(1);
        ProgressExchangeViewModel.ReturnLine conflict = model.lines().get(0);
        assertThat(conflict.conflict()).as("conflicts come first").isTrue();
        assertThat(conflict.verdict()).isEqualTo("Xung đột");
        assertThat(conflict.message()).startsWith("Các cột nhận diện của nhiệm vụ");
        assertThat(model.summary().get()).isEqualTo("2 phiếu: sẽ ghi nhận 1 cập nhật; " + (lines - 2)
                + " dòng không đổi; 1 xung đột chưa chấp nhận; 0 dòng không dùng được.");

        conflict.accepted().set(true);
        assertThat(model.toRecord().get()).isEqualTo(2);
        model.record();
        background.runAll();

        assertThat(model.message().get()).isEqualTo("Đã ghi nhận 2 cập nhật tiến độ.");
        assertThat(model.lines()).isEmpty();
        assertThat(model.files()).isEmpty();
        assertThat(reloads.get()).isEqualTo(1);
        List<ProgressUpdate> history = context.tasks().history(conflictTask).updates();
        assertThat(history.get(history.size() - 1)).satisfies(u -> {
            assertThat(u.status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(u.percent()).isEqualTo(70);
            assertThat(u.enteredBy()).isIn(model.units().get(0).name(), model.units().get(1).name());
        });
    }

    @Test
    void aLineRecordedElsewhereBetweenTheCheckAndTheRecordIsNotRecordedAgainAndTheUserIsTold() throws Exception {
        Path out = Files.createDirectory(folder.resolve("phieu"));
        model.chooseAll(false);
        model.units().get(0).chosen().set(true);
        model.exportForms(out);
        background.runAll();
        Path form;
        try (var written = Files.list(out)) {
            form = written.findFirst().orElseThrow();
        }
        Workbooks.edit(form, ProgressForm.SHEET, sheet -> {
            XSSFRow row = sheet.getRow(ProgressForm.HEADER_ROW + 1);
            row.getCell(ProgressForm.STATUS).setCellValue("Đang thực hiện");
            row.getCell(ProgressForm.PERCENT).setCellValue(45);
            row.getCell(ProgressForm.COMPLETED_ON).setBlank();
        });
        long task = Workbooks.read(form, ProgressForm.SHEET,
                sheet -> (long) sheet.getRow(ProgressForm.HEADER_ROW + 1).getCell(ProgressForm.ID).getNumericCellValue());
        model.addFiles(List.of(form));
        background.runAll();
        assertThat(model.toRecord().get()).isEqualTo(1);
        int before = context.tasks().history(task).updates().size();

        // Someone else imports the same form while this window shows it checked.
        context.progressExchange().apply(List.of(form), TestClock.TODAY, row -> false);
        model.record();
        background.runAll();

        assertThat(context.tasks().history(task).updates()).hasSize(before + 1);
        assertThat(model.message().get()).isEqualTo("Đã ghi nhận 0 cập nhật tiến độ; 1 dòng không ghi vì dữ liệu đã"
                + " thay đổi từ lúc kiểm tra (có thể phiếu vừa được nhập ở nơi khác). Hãy chọn lại phiếu để xem.");
    }

    @Test
    void aFileThatIsNoFormIsOneSentenceAndNothingIsListed() {
        model.addFiles(List.of(Path.of("src/test/resources/import/ke-hoach-2023.xlsx").toAbsolutePath()));
        background.runAll();
        assertThat(model.lines()).isEmpty();
        assertThat(model.message().get()).contains("ke-hoach-2023.xlsx");
    }

    @Test
    void aCancelledSendIsToldAsACancelAndLeavesTheFolderEmpty() throws Exception {
        Path out = Files.createDirectory(folder.resolve("phieu"));
        model.exportForms(out);

        model.running().get().cancel(); // Huỷ, pressed before the work reached its first form
        background.runAll();

        assertThat(model.message().get()).isEqualTo(
                "Đã huỷ – không có phiếu nào được ghi; phiếu cũ cùng tên trong thư mục vẫn giữ nguyên.");
        assertThat(model.busy().get()).isFalse();
        assertThat(model.running().get()).isNull();
        try (var written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void aCancelledCheckStartsTheReceivingAgainSoThatNoUncheckedFormCanBeRecorded() throws Exception {
        Path out = Files.createDirectory(folder.resolve("phieu"));
        List<Path> forms = context.progressExchange().exportForms(plan,
                List.of(context.progressExchange().formUnits(plan).get(0).unit()), out, Messages.of(Language.VI));
        model.addFiles(forms);

        model.running().get().cancel();
        background.runAll();

        assertThat(model.message().get()).isEqualTo("Đã huỷ kiểm tra – chưa ghi nhận gì. Chọn lại các phiếu để kiểm tra.");
        assertThat(model.files()).isEmpty();
        assertThat(model.lines()).isEmpty();
        assertThat(model.toRecord().get()).isZero();
    }
}
