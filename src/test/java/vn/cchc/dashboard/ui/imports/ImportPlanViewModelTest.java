package vn.cchc.dashboard.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.imports.ImportField;
import vn.cchc.dashboard.excel.fixtures.DataDateWorkbook;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

class ImportPlanViewModelTest {

    static final String PLAN = Path.of("src/test/resources/import/ke-hoach-2023.xlsx").toAbsolutePath().toString();

    @TempDir
    Path folder;
    AppContext context;
    final QueuedBackground background = new QueuedBackground();
    final List<Plan> imported = new ArrayList<>();
    ImportPlanViewModel model;

    @BeforeEach
    void open() {
        context = AppContext.open(folder.resolve("data"), TestClock.today(), true);
        model = new ImportPlanViewModel(context.planImport(), background, Messages.of(Language.VI), (plan, notice) -> imported.add(plan));
    }

    @AfterEach
    void close() {
        context.close();
    }

    ColumnChoice column(String letter) {
        return model.columns().stream().filter(c -> c.letter().equals(letter)).findFirst().orElseThrow();
    }

    @Test
    void readingShowsTheMappingThePreviewAndTheDeadlinesRead() {
        model.file().set(PLAN);
        model.read();
        assertThat(model.busy().get()).isTrue();
        background.runAll();
        assertThat(model.columns()).hasSize(6);
        assertThat(column("F").header()).isEqualTo("Thời gian hoàn thành");
        assertThat(column("F").field().get()).isEqualTo(ImportField.DEADLINE);
        assertThat(column("C").header()).isEqualTo("Cơ quan thực hiện Chủ trì");
        assertThat(model.summary().get()).isEqualTo("Kế hoạch cải cách hành chính năm 2023: 20 nhiệm vụ, 0 cập nhật tiến độ, 1 đơn vị mới; 0 lỗi, 3 lưu ý.");
        assertThat(model.tasks().get(0)).isEqualTo(new TaskLine("I.1",
                "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2023", "Sở Nội vụ", "Tháng 1/2023", "hạn 31/01/2023"));
        assertThat(model.importable().get()).isTrue();
    }

    @Test
    void aCorrectedMappingIsCheckedAgainAndAFieldHasOneColumn() {
        model.file().set(PLAN);
        model.read();
        background.runAll();
        column("F").field().set(null);
        background.runAll();
        assertThat(model.importable().get()).isFalse();
        assertThat(model.problems()).extracting(ProblemLine::message)
                .contains("Không tìm thấy cột Thời gian hoàn thành. Hãy chọn cột này trong bảng ghép cột.");
        column("E").field().set(ImportField.DEADLINE);
        background.runAll();
        assertThat(column("F").field().get()).isNull();
        assertThat(model.problems()).extracting(ProblemLine::message)
                .anyMatch(m -> m.startsWith("Không đọc được thời hạn"));
        column("E").field().set(ImportField.OUTPUT);
        column("F").field().set(ImportField.DEADLINE);
        background.runAll();
        assertThat(model.importable().get()).isTrue();
    }

    @Test
    void theProblemsGoToAWorkbookAndTheImportHandsBackThePlan() throws Exception {
        model.file().set(Path.of("src/test/resources/import/loi-du-lieu.xlsx").toAbsolutePath().toString());
        model.read();
        background.runAll();
        Path problems = folder.resolve("van-de.xlsx");
        model.exportProblems(problems);
        background.runAll();
        assertThat(Files.size(problems)).isPositive();
        assertThat(model.message().get()).isEqualTo("Đã ghi danh sách vấn đề vào van-de.xlsx.");

        model.file().set(PLAN);
        model.read();
        background.runAll();
        model.importNow();
        background.runAll();
        assertThat(imported).singleElement().satisfies(p -> assertThat(p.year()).isEqualTo(2023));
        assertThat(model.message().get()).isEqualTo("Đã nhập 20 nhiệm vụ vào Kế hoạch cải cách hành chính năm 2023.");
        assertThat(model.importable().get()).isFalse();
    }

    @Test
    void aYearTypedOverridesTheTitlesYear() {
        model.file().set(PLAN);
        model.year().set("2024");
        model.read();
        background.runAll();
        assertThat(model.summary().get()).startsWith("Kế hoạch cải cách hành chính năm 2024:");
        assertThat(model.problems()).extracting(ProblemLine::message)
                .contains("Thời hạn trước năm 2024 của kế hoạch. Hãy kiểm tra năm của thời hạn, hoặc chọn đúng năm kế hoạch.");
        assertThat(model.importable().get()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadIsOneSentence() {
        model.file().set(Path.of("src/test/resources/import/zip-bomb.xlsx").toAbsolutePath().toString());
        model.read();
        background.runAll();
        assertThat(model.message().get()).startsWith("Tệp \"zip-bomb.xlsx\" khi giải nén lớn bất thường");
        assertThat(model.importable().get()).isFalse();
    }

    @Test
    void aNameMatchedToAnExistingUnitAddsNoUnitAndItsTasksGoToThatUnit() {
        model.file().set(PLAN);
        model.read();
        background.runAll();
        UnitLine newOne = model.units().stream().filter(u -> u.match().get() != null
                && u.match().get().unitId() == null).findFirst().orElseThrow();
        assertThat(model.unitOptions().get(0).label()).isEqualTo("Thêm đơn vị mới");
        assertThat(model.byArea().get()).startsWith("Theo lĩnh vực: Công tác chỉ đạo, điều hành cải cách hành chính ");

        UnitOption science = model.unitOptions().stream()
                .filter(o -> o.label().equals("Sở Khoa học và Công nghệ")).findFirst().orElseThrow();
        newOne.match().set(science);
        background.runAll();

        assertThat(model.summary().get()).contains("0 đơn vị mới");
        assertThat(model.units()).filteredOn(u -> u.written().equals(newOne.written())).singleElement()
                .satisfies(u -> assertThat(u.match().get()).isEqualTo(science));
        model.importNow();
        background.runAll();
        Plan plan = imported.get(0);
        long led = context.plans().snapshot(plan).tasks().stream().filter(t -> t.leadUnitId() == science.unitId()).count();
        assertThat(led).isEqualTo(newOne.tasks());
    }

    @Test
    void aMergedDepartmentsProposedSuccessorAwaitsConfirmationAndTheImportWaitsWithIt() throws Exception {
        Path file = vn.cchc.dashboard.excel.fixtures.MergedUnitsPlan.write(folder.resolve("ke-hoach-2025.xlsx"), 2025);
        model.file().set(file.toString());
        model.read();
        background.runAll();

        assertThat(model.units()).filteredOn(UnitLine::awaitsConfirmation)
                .extracting(UnitLine::written, u -> u.match().get().label(), UnitLine::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sở KH&ĐT", "Sở Tài chính",
                                "đề xuất: Sở Tài chính (sáp nhập năm 2025) — cần xác nhận"),
                        org.assertj.core.groups.Tuple.tuple("Sở LĐ-TB&XH", "Sở Nội vụ",
                                "đề xuất: Sở Nội vụ (sáp nhập năm 2025) — cần xác nhận"));
        assertThat(model.importable().get()).isFalse();

        model.confirm(line("Sở KH&ĐT"));
        background.runAll();
        assertThat(line("Sở KH&ĐT").state()).isEqualTo("đã xác nhận");
        assertThat(model.importable().get()).isFalse();

        // Another unit instead of the proposal is an answer too.
        UnitOption justice = model.unitOptions().stream()
                .filter(o -> o.label().equals("Sở Tư pháp")).findFirst().orElseThrow();
        line("Sở LĐ-TB&XH").match().set(justice);
        background.runAll();
        assertThat(model.units()).noneMatch(UnitLine::awaitsConfirmation);
        assertThat(model.importable().get()).isTrue();
        model.importNow();
        background.runAll();
        assertThat(model.tasks()).filteredOn(t -> t.code().equals("I.1")).extracting(TaskLine::lead)
                .containsExactly("Sở Tài chính");
        assertThat(model.tasks()).filteredOn(t -> t.code().equals("II.1")).extracting(TaskLine::lead)
                .containsExactly("Sở Tư pháp");
        assertThat(imported).hasSize(1);
    }

    UnitLine line(String written) {
        return model.units().stream().filter(u -> u.written().equals(written)).findFirst().orElseThrow();
    }

    @Test
    void progressInATrackingWorkbookIsRecordedOnTheDayChosen() {
        model.file().set(Path.of("src/test/resources/import/theo-doi-2023.xlsx").toAbsolutePath().toString());
        model.dataDate().set(java.time.LocalDate.of(2023, 11, 30));
        model.read();
        background.runAll();
        model.importNow();
        background.runAll();
        assertThat(context.plans().snapshot(imported.get(0)).updates())
                .anyMatch(u -> u.asOf().equals(java.time.LocalDate.of(2023, 11, 30)))
                .noneMatch(u -> u.asOf().equals(TestClock.TODAY));
    }

    @Test
    void theFilesDataDateFillsTheFieldAndSaysWhereItCameFrom() throws Exception {
        model.file().set(DataDateWorkbook.write(folder.resolve("tong-hop.xlsx")).toString());
        model.read();
        background.runAll();
        assertThat(model.dataDate().get()).isEqualTo(DataDateWorkbook.DATA_DATE);
        assertThat(model.dataDateSource().get()).isEqualTo("(theo dòng tiêu đề của tệp, hàng 3)");
        assertThat(model.importable().get()).isTrue();

        model.importNow();
        background.runAll();
        assertThat(context.plans().snapshot(imported.get(0)).updates()).extracting(u -> u.asOf())
                .contains(DataDateWorkbook.DATA_DATE).doesNotContain(TestClock.TODAY);
    }

    @Test
    void withoutADataDateThePreviewAsksForItAndADateEnteredChecksAgain() throws Exception {
        model.file().set(DataDateWorkbook.write(folder.resolve("khong-ngay.xlsx"), null, null).toString());
        model.read();
        background.runAll();
        assertThat(model.importable().get()).isFalse();
        assertThat(model.dataDate().get()).isNull();
        assertThat(model.dataDateSource().get()).isEmpty();
        assertThat(model.message().get()).startsWith("Tệp có 8 nhiệm vụ chưa hoàn thành")
                .contains("Hãy nhập ngày số liệu ở ô \"Số liệu tính đến ngày\"");
        assertThat(model.problems()).filteredOn(ProblemLine::error).hasSize(1);

        model.dataDate().set(java.time.LocalDate.of(2023, 6, 21));
        background.runAll();
        assertThat(model.importable().get()).isTrue();
        assertThat(model.dataDateSource().get()).isEqualTo("(do bạn nhập)");
        assertThat(model.message().get()).isEmpty();
    }

    @Test
    void aDateEnteredOverTheFilesIsTheOneRecorded() throws Exception {
        model.file().set(DataDateWorkbook.write(folder.resolve("tong-hop.xlsx")).toString());
        model.read();
        background.runAll();
        java.time.LocalDate typed = java.time.LocalDate.of(2023, 6, 30);
        model.dataDate().set(typed);
        background.runAll();
        assertThat(model.dataDateSource().get()).isEqualTo("(do bạn nhập)");
        assertThat(model.dataDate().get()).isEqualTo(typed);
        model.importNow();
        background.runAll();
        assertThat(context.plans().snapshot(imported.get(0)).updates()).extracting(u -> u.asOf())
                .contains(typed).doesNotContain(DataDateWorkbook.DATA_DATE);
    }
}
