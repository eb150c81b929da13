package vn.cchc.dashboard.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.dashboard.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ReturnRow;
import vn.cchc.dashboard.excel.ProgressForm;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.Workbooks;

/** Round trips: a unit's form exported, edited as a department would, and read back. */
@Tag(TestDatabase.TAG)
class ProgressExchangeServiceTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;
    AppContext context;
    Plan plan;
    Unit unit;
    List<Task> tasks;
    Path form;

    @BeforeEach
    void exportForm() {
        context = db.openContext(folder.resolve("data"), TestClock.today(), true);
        plan = context.plans().planFor(2026);
        PlanSnapshot snapshot = context.plans().snapshot(plan);
        Map<Long, Long> perUnit = snapshot.tasks().stream().collect(Collectors.groupingBy(Task::leadUnitId, Collectors.counting()));
        long busiest = perUnit.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        unit = snapshot.units().stream().filter(u -> u.id() == busiest).findFirst().orElseThrow();
        tasks = snapshot.tasks().stream().filter(t -> t.leadUnitId() == busiest).toList();
        form = folder.resolve("phieu.xlsx");
        context.progressExchange().exportForm(plan, unit, form, Messages.of(Language.VI));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theFormListsTheUnitsTasksLockedWithADropDownAndItsIdentityHidden() throws Exception {
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(ProgressForm.SHEET);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getDataValidations()).hasSize(3);
            assertThat(sheet.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện");
            assertThat(sheet.getLastRowNum() - ProgressForm.HEADER_ROW).isEqualTo(tasks.size());
            XSSFRow first = sheet.getRow(ProgressForm.HEADER_ROW + 1);
            assertThat(first.getCell(ProgressForm.TITLE).getCellStyle().getLocked()).isTrue();
            assertThat(first.getCell(ProgressForm.STATUS).getCellStyle().getLocked()).isFalse();
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(ProgressForm.META_SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(workbook.getSheet("Hướng dẫn").getRow(0).getCell(0).getStringCellValue()).contains("ô màu vàng");
        }
    }

    /** The plan's snapshot holds no texts: the form reads the latest update's note and evidence from the store. */
    @Test
    void theFormCarriesTheLatestUpdatesNoteAndEvidence() throws Exception {
        long firstTask = read(sheet -> (long) sheet.getRow(ProgressForm.HEADER_ROW + 1).getCell(ProgressForm.ID).getNumericCellValue());
        context.tasks().recordProgress(firstTask, new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, 70,
                "Đang trình  ký", "12/TTr-SNV"));
        context.progressExchange().exportForm(plan, unit, form, Messages.of(Language.VI));
        String note = read(sheet -> sheet.getRow(ProgressForm.HEADER_ROW + 1).getCell(ProgressForm.NOTE).getStringCellValue());
        String evidence = read(sheet -> sheet.getRow(ProgressForm.HEADER_ROW + 1).getCell(ProgressForm.EVIDENCE)
                .getStringCellValue());
        assertThat(note).isEqualTo("Đang trình ký");
        assertThat(evidence).isEqualTo("12/TTr-SNV");
    }

    @Test
    void aFormHandedBackUntouchedSaysNothingNew() {
        List<ReturnRow> rows = context.progressExchange().check(List.of(form), AS_OF);
        assertThat(rows).hasSize(tasks.size()).allMatch(r -> r.kind() == ReturnRow.Kind.UNCHANGED);
    }

    @Test
    void cleanLinesAreRecordedForTheUnitAndConflictsOnlyWhenAccepted() throws Exception {
        Map<Long, Task> byId = tasks.stream().collect(Collectors.toMap(Task::id, Function.identity()));
        Task other = context.plans().snapshot(plan).tasks().stream().filter(t -> t.leadUnitId() != unit.id()).findFirst().orElseThrow();
        edit(sheet -> {
            XSSFRow done = sheet.getRow(ProgressForm.HEADER_ROW + 1);
            done.getCell(ProgressForm.STATUS).setCellValue("Đã hoàn thành");
            done.getCell(ProgressForm.COMPLETED_ON).setCellValue("18/11/2026");
            done.getCell(ProgressForm.EVIDENCE).setCellValue("15/QĐ-UBND");
            XSSFRow renamed = sheet.getRow(ProgressForm.HEADER_ROW + 2);
            renamed.getCell(ProgressForm.TITLE).setCellValue("Nhiệm vụ đã bị sửa tên");
            renamed.getCell(ProgressForm.STATUS).setCellValue("Đang thực hiện");
            renamed.getCell(ProgressForm.PERCENT).setCellValue(60);
            XSSFRow copied = sheet.createRow(sheet.getLastRowNum() + 1);
            copied.createCell(ProgressForm.ID).setCellValue(other.id());
            copied.createCell(ProgressForm.CODE).setCellValue(other.code());
            copied.createCell(ProgressForm.TITLE).setCellValue(other.title());
            copied.createCell(ProgressForm.DEADLINE).setCellValue(other.deadlineText());
            copied.createCell(ProgressForm.STATUS).setCellValue("Đang thực hiện");
            copied.createCell(ProgressForm.PERCENT).setCellValue("30");
        });
        long firstTask = read(sheet -> (long) sheet.getRow(ProgressForm.HEADER_ROW + 1).getCell(ProgressForm.ID).getNumericCellValue());
        long thirdTask = read(sheet -> (long) sheet.getRow(ProgressForm.HEADER_ROW + 3).getCell(ProgressForm.ID).getNumericCellValue());
        // Someone records progress on the third task after the form went out, dated later than the unit's line.
        context.tasks().recordProgress(thirdTask, new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, 10, null, null));
        edit(sheet -> {
            XSSFRow stale = sheet.getRow(ProgressForm.HEADER_ROW + 3);
            stale.getCell(ProgressForm.STATUS).setCellValue("Đang thực hiện");
            stale.getCell(ProgressForm.PERCENT).setCellValue(5);
        });

        String before = DatabaseFingerprint.of(context);
        List<ReturnRow> rows = context.progressExchange().apply(List.of(form), AS_OF, r -> false);
        assertThat(rows).extracting(ReturnRow::kind).contains(ReturnRow.Kind.APPLY, ReturnRow.Kind.IDENTITY_EDITED,
                ReturnRow.Kind.NEWER_UPDATE, ReturnRow.Kind.OTHER_UNIT);
        List<ProgressUpdate> recorded = context.tasks().history(firstTask).updates();
        assertThat(recorded.get(recorded.size() - 1)).satisfies(u -> {
            assertThat(u.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(u.asOf()).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(u.evidence()).isEqualTo("15/QĐ-UBND");
            assertThat(u.enteredBy()).isEqualTo(unit.name());
        });
        assertThat(byId).containsKey(firstTask);
        assertThat(DatabaseFingerprint.of(context)).isNotEqualTo(before);

        ReturnRow identity = rows.stream().filter(r -> r.kind() == ReturnRow.Kind.IDENTITY_EDITED).findFirst().orElseThrow();
        int updatesBefore = context.tasks().history(identity.taskId()).updates().size();
        List<ReturnRow> again = context.progressExchange().apply(List.of(form), AS_OF, r -> r.line().ref().equals(identity.line().ref()));
        assertThat(again).filteredOn(r -> r.kind() == ReturnRow.Kind.APPLY).isEmpty();
        assertThat(context.tasks().history(identity.taskId()).updates()).hasSize(updatesBefore + 1);
        assertThat(context.tasks().history(other.id()).updates().stream().map(ProgressUpdate::enteredBy))
                .doesNotContain(unit.name());
    }

    @Test
    void aWorkbookThatIsNoFormIsRefused() {
        assertThatThrownBy(() -> context.progressExchange().check(List.of(Path.of("src/test/resources/import/ke-hoach-2023.xlsx")), AS_OF))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.NOT_A_FORM"));
    }

    void edit(Workbooks.SheetEdit edit) throws Exception {
        Workbooks.edit(form, ProgressForm.SHEET, edit);
    }

    <T> T read(Workbooks.SheetRead<T> read) throws Exception {
        return Workbooks.read(form, ProgressForm.SHEET, read);
    }
}
