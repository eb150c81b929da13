package vn.cchc.dashboard.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.dashboard.domain.unitindex.CriteriaRefused;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.CriteriaSheetReader;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.excel.fixtures.CriteriaSets;
import vn.cchc.dashboard.excel.fixtures.CriteriaWorkbooks;
import vn.cchc.dashboard.i18n.CriteriaSetWording;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** A province's criteria sets read from the files offices have, merged cells and all. */
class CriteriaSetFileTest {

    @TempDir
    Path folder;

    private static CriteriaSet departments(Path file) {
        SheetRows rows = CriteriaSetFile.read(file);
        assertThat(rows.tooLong()).isFalse();
        return new CriteriaSet(2025, IndexGroup.DEPARTMENTS, CriteriaSheetReader.read(rows.rows()));
    }

    private static Criterion line(CriteriaSet set, String code) {
        return set.criterion(code).orElseThrow(() -> new AssertionError("no line " + code));
    }

    @Test
    void theDepartmentsSetIsReadWhole() throws Exception {
        CriteriaSet set = departments(CriteriaWorkbooks.writeDepartments(folder.resolve(CriteriaWorkbooks.DEPARTMENTS_FILE)));

        assertThat(set.criteria()).hasSize(CriteriaSets.DEPARTMENT_LINES);
        assertThat(set.leaves()).hasSize(CriteriaSets.DEPARTMENT_LEAVES);
        assertThat(set.maxPoints()).isEqualByComparingTo("100");
        assertThat(set.criteria().stream().filter(c -> c.level() == 1).map(Criterion::code))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(set.criteria()).extracting(Criterion::order)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, CriteriaSets.DEPARTMENT_LINES).boxed().toList());
        assertThat(line(set, "1").title()).isEqualTo("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH");
        assertThat(line(set, "1.1.2").guidance()).isEqualTo("Hoàn thành 100% nhiệm vụ: 1 điểm; từ 80% đến dưới 100%:"
                + " 0,5 điểm; dưới 80%: 0 điểm\nBáo cáo kết quả thực hiện kế hoạch");
        assertThat(line(set, "3.3").maxPoints()).isEqualByComparingTo("6");
        assertThat(line(set, "8").title()).isEqualTo("TÁC ĐỘNG CỦA CẢI CÁCH HÀNH CHÍNH (ĐIỀU TRA XÃ HỘI HỌC)");
        assertThat(line(set, "8").maxPoints()).isEqualByComparingTo("35");
        assertThat(set.children("8")).isEmpty();
    }

    @Test
    void areasMergedAcrossTheTableAreOneTitleAndTakeTheirCriteriasSum() throws Exception {
        CriteriaSet set = departments(CriteriaWorkbooks.writeDepartments(folder.resolve(CriteriaWorkbooks.DEPARTMENTS_FILE)));

        assertThat(line(set, "2").title()).isEqualTo("CẢI CÁCH THỂ CHẾ");
        assertThat(line(set, "2").maxPoints()).isEqualByComparingTo("8");
        assertThat(line(set, "4").title()).isEqualTo("CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC");
        assertThat(line(set, "4").maxPoints()).isEqualByComparingTo("7");
        assertThat(line(set, "1.1").maxPoints()).as("a criterion with blank points").isEqualByComparingTo("2");
    }

    @Test
    void lettersBulletsAndNumbersInTheTitleAreNumberedAndTextPointsRead() throws Exception {
        CriteriaSet set = departments(CriteriaWorkbooks.writeDepartments(folder.resolve(CriteriaWorkbooks.DEPARTMENTS_FILE)));

        assertThat(set.children("1.3")).extracting(Criterion::code, Criterion::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.3.1", "Ban hành kế hoạch kiểm tra CCHC"),
                org.assertj.core.groups.Tuple.tuple("1.3.2", "Mức độ thực hiện kế hoạch kiểm tra"),
                org.assertj.core.groups.Tuple.tuple("1.3.3", "Xử lý các vấn đề phát hiện qua kiểm tra"));
        assertThat(set.children("5.5")).extracting(Criterion::code, Criterion::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("5.5.1", "Không có công chức, viên chức bị kỷ luật từ khiển trách trở lên"),
                org.assertj.core.groups.Tuple.tuple("5.5.2", "Thực hiện quy định về văn hóa công vụ"));
        assertThat(line(set, "2.3").title()).isEqualTo("Theo dõi tình hình thi hành pháp luật");
        assertThat(line(set, "1.4.2").maxPoints()).isEqualTo(new BigDecimal("1.5"));
        assertThat(line(set, "3.3.2").maxPoints()).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void theNoteThatASubCriterionDoesNotApplyIsKeptInItsGuidance() throws Exception {
        CriteriaSet set = departments(CriteriaWorkbooks.writeDepartments(folder.resolve(CriteriaWorkbooks.DEPARTMENTS_FILE)));

        assertThat(line(set, "3.3.1").guidance()).isEqualTo("Từ 98% trở lên: 3 điểm; từ 95% đến dưới 98%: 2 điểm; dưới"
                + " 95%: 0 điểm\nSố liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh\n" + CriteriaSets.NOT_APPLICABLE);
        assertThat(line(set, "3.3.3").title()).isEqualTo("Thực hiện xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ quá hạn");
        assertThat(line(set, "3.3.3").guidance()).isEqualTo("Thư xin lỗi\n(đơn vị không có TTHC không chấm tiêu chí này)");
        assertThat(set.leaves()).filteredOn(c -> c.guidance().contains(CriteriaSets.NOT_APPLICABLE)).extracting(Criterion::code)
                .containsExactly("3.1.1", "3.1.2", "3.3.1", "3.3.2", "7.2.1", "7.2.2");
    }

    @Test
    void theCommunesSetNumbersCriteriaFromTheirAreaAndWritesPointsInWords() throws Exception {
        Path file = CriteriaWorkbooks.writeCommunes(folder.resolve(CriteriaWorkbooks.COMMUNES_FILE));
        SheetRows rows = CriteriaSetFile.read(file);
        CriteriaSet set = new CriteriaSet(2025, IndexGroup.COMMUNES, CriteriaSheetReader.read(rows.rows()));

        assertThat(rows.sheet()).as("the hidden sheet of last year is passed over").isEqualTo("Phụ lục II");
        assertThat(set.criteria()).hasSize(CriteriaSets.COMMUNE_LINES);
        assertThat(set.maxPoints()).isEqualByComparingTo("100");
        assertThat(set.children("2")).extracting(Criterion::code).containsExactly("2.1", "2.2");
        assertThat(line(set, "1.1.2").title()).isEqualTo("Hoàn thành các nhiệm vụ trong kế hoạch");
        assertThat(line(set, "1").title()).isEqualTo("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC");
        assertThat(line(set, "1").maxPoints()).isEqualByComparingTo("8");
        assertThat(line(set, "8.1").maxPoints()).isEqualByComparingTo("30");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xls", "ods", "csv"})
    void otherFormatsGiveTheSameSet(String format) throws Exception {
        Path file = folder.resolve("bo-tieu-chi." + format);
        switch (format) {
            case "xls" -> CriteriaWorkbooks.writeDepartmentsXls(file);
            case "ods" -> CriteriaWorkbooks.writeDepartmentsOds(file);
            default -> CriteriaWorkbooks.writeDepartmentsCsv(file);
        }
        CriteriaSet expected = departments(CriteriaWorkbooks.writeDepartments(folder.resolve("bo-tieu-chi.xlsx")));

        assertThat(departments(file).criteria()).isEqualTo(expected.criteria());
    }

    @Test
    void aMistakeInTheFileIsRefusedNamingItsRow() throws Exception {
        List<CriteriaSets.Entry> entries = new ArrayList<>(CriteriaSets.departments());
        int at = indexOf(entries, "1.4.2");
        CriteriaSets.Entry entry = entries.get(at);
        entries.set(at, new CriteriaSets.Entry(entry.kind(), entry.number(), entry.title(), "1", entry.guidance(),
                entry.evidence(), entry.note()));
        Path file = CriteriaWorkbooks.write(folder.resolve("bo-tieu-chi.xlsx"), entries);

        CriteriaRefused refused = catchThrowableOfType(() -> CriteriaSheetReader.read(CriteriaSetFile.read(file).rows()),
                CriteriaRefused.class);

        int row = CriteriaWorkbooks.FIRST_ENTRY_ROW + indexOf(entries, "1.4");
        assertThat(CriteriaSetWording.refusal("bo-tieu-chi.xlsx", refused, Messages.of(Language.VI))).isEqualTo(
                "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng " + row + " (1.4) có điểm tối đa 2 nhưng các"
                        + " tiêu chí thành phần cộng lại 1,5.");
    }

    @Test
    void aWorkbookWithoutACriteriaTableGivesItsFirstSheetForTheReaderToRefuse() throws Exception {
        Path file = Files.writeString(folder.resolve("ke-hoach.csv"), "STT,Nội dung nhiệm vụ,Cơ quan chủ trì\n1,Kiểm tra,Sở Nội vụ\n");

        SheetRows rows = CriteriaSetFile.read(file);

        assertThat(rows.rows()).hasSize(2);
        assertThatThrownBy(() -> CriteriaSheetReader.read(rows.rows())).isInstanceOfSatisfying(CriteriaRefused.class,
                e -> assertThat(e.kind()).isEqualTo(CriteriaRefused.Kind.NO_HEADER));
    }

    @Test
    void aDamagedOrEmptyFileIsAnImportFileProblem() throws Exception {
        byte[] whole = Files.readAllBytes(CriteriaWorkbooks.writeDepartments(folder.resolve("tot.xlsx")));
        Path half = Files.write(folder.resolve("hong.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        Path empty = Files.write(folder.resolve("rong.xlsx"), new byte[0]);

        assertThatThrownBy(() -> CriteriaSetFile.read(half)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.reason()).isEqualTo(ImportFileException.Reason.CORRUPT));
        assertThatThrownBy(() -> CriteriaSetFile.read(empty)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.reason()).isEqualTo(ImportFileException.Reason.EMPTY));
    }

    private static int indexOf(List<CriteriaSets.Entry> entries, String number) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).number().equals(number)) {
                return i;
            }
        }
        throw new AssertionError("no entry " + number);
    }
}
