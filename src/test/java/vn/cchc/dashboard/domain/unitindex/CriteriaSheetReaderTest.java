package vn.cchc.dashboard.domain.unitindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.dashboard.domain.imports.SourceRow;
import vn.cchc.dashboard.i18n.CriteriaSetWording;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** Criteria tables as provinces write them, and each way one is refused, in the sentence the office reads. */
class CriteriaSheetReaderTest {

    static final String HEADER = "STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa | Hướng dẫn chấm điểm";

    /** Rows from "a | b | c" lines, numbered from 1. */
    static List<SourceRow> rows(String... lines) {
        List<SourceRow> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(new SourceRow(rows.size() + 1, Arrays.stream(line.split("\\|", -1)).map(String::strip).toList()));
        }
        return rows;
    }

    static List<String> codes(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::code).toList();
    }

    static Criterion line(List<Criterion> criteria, String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void romanAreasBecomeNumbersAndCriteriaNumberedWholeKeepTheirCodes() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(
                "BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CÁC SỞ, BAN, NGÀNH NĂM 2025 | | |",
                HEADER,
                "I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC | 3 |",
                "1.1 | Kế hoạch CCHC năm | 2 |",
                "1.1.1 | Ban hành kế hoạch kịp thời | 1 | Ban hành trước ngày 15/12: 1 điểm",
                "1.1.2 | Mức độ thực hiện kế hoạch | 1 |",
                "1.2 | Báo cáo CCHC định kỳ | 1 |",
                "II | CẢI CÁCH THỂ CHẾ | 2 |",
                "2.1 | Rà soát văn bản | 2 |",
                "Tổng cộng | | 5 |"));

        assertThat(codes(criteria)).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1");
        assertThat(criteria).extracting(Criterion::parentCode).containsExactly(null, "1", "1.1", "1.1", "1", null, "2");
        assertThat(criteria).extracting(Criterion::order).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(line(criteria, "1").title()).isEqualTo("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC");
        assertThat(line(criteria, "1.1.1").guidance()).isEqualTo("Ban hành trước ngày 15/12: 1 điểm");
        assertThat(new CriteriaSet(2025, IndexGroup.DEPARTMENTS, criteria).maxPoints()).isEqualByComparingTo("5");
    }

    @Test
    void criteriaNumberedFromTheirAreaAreNumberedWhole() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER,
                "I | Công tác chỉ đạo | |",
                "1 | Kế hoạch CCHC | |",
                "1.1 | Ban hành kế hoạch | 1 |",
                "1.2 | Thực hiện kế hoạch | 1 |",
                "2 | Báo cáo | 1 |",
                "II | Cải cách thể chế | |",
                "3 | Xây dựng văn bản | 2 |",
                "3.1 | Đúng kế hoạch | 2 |",
                "4 | Rà soát văn bản | 1 |"));

        assertThat(codes(criteria)).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1", "2.1.1", "2.2");
        assertThat(line(criteria, "2.1").title()).isEqualTo("Xây dựng văn bản");
    }

    @Test
    void areasNumberedInArabicKeepTheirCodes() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER,
                "1 | Công tác chỉ đạo | |",
                "1.1 | Kế hoạch | 1 |",
                "2 | Cải cách thể chế | |",
                "2.1 | Rà soát | 1 |",
                "2.2 | Kiểm tra | |",
                "2.2.1 | Kế hoạch kiểm tra | 1 |"));

        assertThat(codes(criteria)).containsExactly("1", "1.1", "2", "2.1", "2.2", "2.2.1");
        assertThat(line(criteria, "2").maxPoints()).isEqualByComparingTo("2");
    }

    @Test
    void lettersAndBulletsTakeTheNextSubNumber() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER,
                "I | Công tác chỉ đạo | |",
                "1.1 | Công tác kiểm tra | |",
                "a) | Ban hành kế hoạch kiểm tra | 0,5 |",
                "b) | Thực hiện kế hoạch kiểm tra | 1 |",
                "c | Xử lý sau kiểm tra | |",
                " | - Xử lý xong trong năm | 0,25 |",
                "- | Theo dõi, đôn đốc | 0,25 |",
                "1.2 | Tuyên truyền | |",
                " | a. Kế hoạch tuyên truyền | 1 |",
                " | (b) Thực hiện kế hoạch tuyên truyền | 1 |"));

        assertThat(codes(criteria)).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.1.3.1", "1.1.3.2", "1.2",
                "1.2.1", "1.2.2");
        assertThat(line(criteria, "1.1.3.1").title()).isEqualTo("Xử lý xong trong năm");
        assertThat(line(criteria, "1.1.3").maxPoints()).isEqualByComparingTo("0.5");
        assertThat(line(criteria, "1.2.2").title()).isEqualTo("Thực hiện kế hoạch tuyên truyền");
    }

    @Test
    void numberingMayOpenTheTitleWhenTheSetHasNoNumberColumn() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(
                "Nội dung | Điểm chuẩn | Tài liệu kiểm chứng",
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC | |",
                "1.1. Ban hành kế hoạch CCHC năm | 1,0 điểm | Kế hoạch",
                "1.2 Báo cáo định kỳ | 2.5 |",
                "1.3. 100% văn bản được gửi qua mạng | 0,5 |"));

        assertThat(codes(criteria)).containsExactly("1", "1.1", "1.2", "1.3");
        assertThat(line(criteria, "1.1").title()).isEqualTo("Ban hành kế hoạch CCHC năm");
        assertThat(line(criteria, "1.1").maxPoints()).isEqualByComparingTo("1");
        assertThat(line(criteria, "1.1").guidance()).isEqualTo("Kế hoạch");
        assertThat(line(criteria, "1.3").title()).isEqualTo("100% văn bản được gửi qua mạng");
        assertThat(line(criteria, "1").maxPoints()).isEqualByComparingTo("4");
    }

    static Stream<Arguments> pointsAsWritten() {
        return Stream.of(
                Arguments.of("2", "2"),
                Arguments.of("2,5", "2.5"),
                Arguments.of("2.5", "2.5"),
                Arguments.of("1,0 điểm", "1"),
                Arguments.of("0,75đ", "0.75"),
                Arguments.of("Tối đa 3 điểm", "3"),
                Arguments.of("2.50", "2.5"),
                Arguments.of("0", "0"));
    }

    @ParameterizedTest(name = "«{0}» reads {1}")
    @MethodSource("pointsAsWritten")
    void pointsAreReadAsWritten(String written, String read) {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER, "I | Công tác chỉ đạo | " + written + " |"));

        assertThat(criteria.get(0).maxPoints()).isEqualTo(new BigDecimal(read));
    }

    @Test
    void aParentWithBlankPointsTakesItsChildrensSum() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER,
                "I | Cải cách thủ tục hành chính | |",
                "1.1 | Giải quyết TTHC | |",
                "1.1.1 | Tỷ lệ hồ sơ đúng hạn | 2,5 |",
                "1.1.2 | Số hóa hồ sơ | 1.5 |",
                "1.2 | Phản ánh, kiến nghị | 1 |"));

        assertThat(line(criteria, "1.1").maxPoints()).isEqualByComparingTo("4");
        assertThat(line(criteria, "1").maxPoints()).isEqualByComparingTo("5");
    }

    @Test
    void anAreaRowMergedFromItsFirstCellIsOneTitleAndMayCarryItsPoints() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER,
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC (3 điểm) | | |",
                "1.1 | Kế hoạch | 1 |",
                "1.2 | Báo cáo | 2 |",
                "II - CẢI CÁCH THỂ CHẾ | | 1 |",
                "2.1 | Rà soát | 1 |"));

        assertThat(criteria.get(0).title()).isEqualTo("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC");
        assertThat(criteria.get(0).maxPoints()).isEqualByComparingTo("3");
        assertThat(line(criteria, "2").title()).isEqualTo("CẢI CÁCH THỂ CHẾ");
    }

    @Test
    void aNoteThatALineDoesNotApplyToSomeUnitsIsKeptInTheGuidance() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER,
                "I | Cải cách TTHC | |",
                "1.1 | Tỷ lệ hồ sơ giải quyết đúng hạn\n(Không áp dụng đối với đơn vị không có TTHC) | 2 | Đúng hạn 100%: 2 điểm",
                "1.2 | Xin lỗi khi trễ hạn (đơn vị không có TTHC không chấm tiêu chí này) | 1 |"));

        assertThat(line(criteria, "1.1").title()).isEqualTo("Tỷ lệ hồ sơ giải quyết đúng hạn");
        assertThat(line(criteria, "1.1").guidance())
                .isEqualTo("Đúng hạn 100%: 2 điểm\n(Không áp dụng đối với đơn vị không có TTHC)");
        assertThat(line(criteria, "1.2").title()).isEqualTo("Xin lỗi khi trễ hạn");
        assertThat(line(criteria, "1.2").guidance()).isEqualTo("(đơn vị không có TTHC không chấm tiêu chí này)");
    }

    @Test
    void aTwoLineHeaderWithColumnNumbersAndNotesUnderTheTableAreRead() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(
                "ỦY BAN NHÂN DÂN TỈNH | | | | |",
                "(Kèm theo Quyết định số 123/QĐ-UBND) | | | | |",
                "STT | Nội dung | Điểm | | Hướng dẫn chấm điểm |",
                " | | Tối đa | Tự chấm | Cách chấm | Tài liệu kiểm chứng",
                "(1) | (2) | (3) | (4) | (5) | (6)",
                "I | Công tác chỉ đạo | 2 | 1,5 | |",
                "1.1 | Kế hoạch | 2 | 1,5 | Đúng hạn: 2 điểm | Kế hoạch số …",
                " | | | | Trễ hạn: 1 điểm |",
                "Cộng | | 2 | 1,5 | |",
                "TỔNG ĐIỂM | | 2 | | |",
                "Ghi chú: | | | | |",
                "- Đơn vị không có TTHC thì không chấm mục III | | 1 | | |"));

        assertThat(codes(criteria)).containsExactly("1", "1.1");
        assertThat(line(criteria, "1.1").guidance()).isEqualTo("Đúng hạn: 2 điểm\nKế hoạch số …\nTrễ hạn: 1 điểm");
    }

    @Test
    void subtotalsUnderEachAreaArePassedOverAndTheGrandTotalEndsTheTable() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER,
                "I | Công tác chỉ đạo | 1 |",
                "1.1 | Kế hoạch | 1 |",
                "Tổng cộng lĩnh vực I | | 1 |",
                "II | Cải cách thể chế | 2 |",
                "2.1 | Rà soát | 2 |",
                "Cộng II | | 2 |",
                "Tổng số điểm tối đa | | 3 |",
                "- Điểm thưởng | | 1 |"));

        assertThat(codes(criteria)).containsExactly("1", "1.1", "2", "2.1");
    }

    @Test
    void aRemarkQualifyingWhatIsCountedStaysInTheTitleAndPointsRepeatedInTheTitleGo() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER,
                "I | CÔNG TÁC CHỈ ĐẠO (2 điểm) | 2 |",
                "1.1 | Tỷ lệ hồ sơ đúng hạn (không tính hồ sơ rút) | 2 |"));

        assertThat(line(criteria, "1").title()).isEqualTo("CÔNG TÁC CHỈ ĐẠO");
        assertThat(line(criteria, "1.1").title()).isEqualTo("Tỷ lệ hồ sơ đúng hạn (không tính hồ sơ rút)");
        assertThat(line(criteria, "1.1").guidance()).isEmpty();
    }

    @Test
    void bulletsWithoutPointsUnderAScoredLineDescribeIt() {
        List<Criterion> criteria = CriteriaSheetReader.read(rows(HEADER,
                "I | Công tác chỉ đạo | |",
                "1.1 | Kế hoạch CCHC | 1 | Đủ cả hai: 1 điểm",
                " | - Ban hành đúng thời hạn; | |",
                " | - Đủ nội dung theo hướng dẫn. | |"));

        assertThat(codes(criteria)).containsExactly("1", "1.1");
        assertThat(line(criteria, "1.1").guidance())
                .isEqualTo("Đủ cả hai: 1 điểm\n- Ban hành đúng thời hạn;\n- Đủ nội dung theo hướng dẫn.");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("no header", rows("BỘ TIÊU CHÍ | |", "Số | Việc | Hạn", "1 | Kế hoạch | 2"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: không tìm thấy hàng tiêu đề của bảng, cần một"
                                + " hàng có cột nội dung (\"Nội dung\", \"Tiêu chí\" hoặc \"Lĩnh vực\") và cột điểm"
                                + " (\"Điểm tối đa\", \"Điểm chuẩn\" hoặc \"Thang điểm\")."),
                Arguments.of("no line", rows(HEADER, "Tổng cộng | | 0 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dưới hàng tiêu đề không có lĩnh vực, tiêu chí"
                                + " nào."),
                Arguments.of("a leaf without points", rows(HEADER, "I | Chỉ đạo | |", "1.1 | Kế hoạch | 1 |",
                                "1.2 | Báo cáo | |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 4 (1.2) là tiêu chí được chấm điểm nhưng"
                                + " ô C4 chưa ghi điểm tối đa."),
                Arguments.of("points that are no number", rows(HEADER, "I | Chỉ đạo | |", "1.1 | Kế hoạch | hai |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 3 (1.1) ghi điểm tối đa \"hai\" ở ô C3,"
                                + " không phải một số điểm như 2 hoặc 2,5."),
                Arguments.of("negative points", rows(HEADER, "I | Chỉ đạo | |", "1.1 | Kế hoạch | -0,5 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 3 (1.1) có điểm tối đa âm (-0,5) ở ô C3."),
                Arguments.of("skipped numbering", rows(HEADER, "I | Chỉ đạo | |", "1.1 | Kế hoạch | 1 |",
                                "1.3 | Báo cáo | 1 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 4 ghi số thứ tự 1.3 ngay sau 1.1, số thứ"
                                + " tự bị thiếu hoặc sai thứ tự."),
                Arguments.of("a skipped letter", rows(HEADER, "I | Chỉ đạo | |", "1.1 | Kiểm tra | |",
                                "a) | Kế hoạch | 1 |", "c) | Thực hiện | 1 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 5 ghi số thứ tự c ngay sau a, số thứ tự"
                                + " bị thiếu hoặc sai thứ tự."),
                Arguments.of("a skipped area", rows(HEADER, "I | Chỉ đạo | 1 |", "III | Thể chế | 1 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 3 ghi số thứ tự III ngay sau I, số thứ tự"
                                + " bị thiếu hoặc sai thứ tự."),
                Arguments.of("a line going back", rows(HEADER, "I | Chỉ đạo | |", "1.1 | Kế hoạch | |",
                                "1.1.1 | Ban hành | 1 |", "1.2 | Báo cáo | 1 |", "1.1.2 | Thực hiện | 1 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 6 ghi số thứ tự 1.1.2 ngay sau 1.2, số"
                                + " thứ tự bị thiếu hoặc sai thứ tự."),
                Arguments.of("repeated numbering", rows(HEADER, "I | Chỉ đạo | |", "1.1 | Kế hoạch | 1 |",
                                "1.1 | Báo cáo | 1 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 4 ghi số thứ tự 1.1, trùng với dòng 3."),
                Arguments.of("a table starting at II", rows(HEADER, "II | Thể chế | 1 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 2 là dòng đầu tiên của bảng nhưng ghi số"
                                + " thứ tự II, không bắt đầu từ I hoặc 1."),
                Arguments.of("sub-criteria that do not add up", rows(HEADER, "I | Chỉ đạo | |",
                                "1.1 | Kế hoạch | 1 |", "1.2 | Tuyên truyền | 3 |", "1.2.1 | Kế hoạch tuyên truyền | 1 |",
                                "1.2.2 | Thực hiện | 1,5 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 4 (1.2) có điểm tối đa 3 nhưng các tiêu"
                                + " chí thành phần cộng lại 2,5."),
                Arguments.of("an area that does not add up", rows(HEADER, "I | Chỉ đạo | 10 |",
                                "1.1 | Kế hoạch | 4 |", "1.2 | Báo cáo | 5,5 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 2 (I) có điểm tối đa 10 nhưng các tiêu chí"
                                + " của lĩnh vực cộng lại 9,5."),
                Arguments.of("a total that does not add up", rows(HEADER, "I | Chỉ đạo | 10 |", "II | Thể chế | 8 |",
                                "Tổng cộng (I+II) | | 100 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 4 ghi tổng điểm 100 nhưng các lĩnh vực cộng"
                                + " lại 18."),
                Arguments.of("points without numbering", rows(HEADER, "I | Chỉ đạo | |", "1.1 | Kế hoạch | 1 |",
                                " | Báo cáo định kỳ đúng hạn | 1 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 4 (\"Báo cáo định kỳ đúng hạn\") có điểm"
                                + " nhưng không có số thứ tự, nên không biết thuộc lĩnh vực, tiêu chí nào."),
                Arguments.of("numbering without a title", rows(HEADER, "I | Chỉ đạo | |", "1.1 | | 1 |"),
                        "Tệp bo-tieu-chi.xlsx không đọc được bộ tiêu chí: dòng 3 (1.1) có số thứ tự nhưng không có nội"
                                + " dung."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aFaultyTableIsRefusedInOneSentenceNamingTheRow(String fault, List<SourceRow> rows, String sentence) {
        CriteriaRefused refused = catchThrowableOfType(() -> CriteriaSheetReader.read(rows), CriteriaRefused.class);

        assertThat(refused).as(fault).isNotNull();
        assertThat(CriteriaSetWording.refusal("bo-tieu-chi.xlsx", refused, Messages.of(Language.VI))).isEqualTo(sentence);
    }

    @Test
    void refusalsReadInEnglishToo() {
        CriteriaRefused refused = catchThrowableOfType(() -> CriteriaSheetReader.read(rows(HEADER, "I | Chỉ đạo | |",
                "1.1 | Kế hoạch | 3 |", "1.1.1 | Ban hành | 2,5 |")), CriteriaRefused.class);

        assertThat(CriteriaSetWording.refusal("criteria.xlsx", refused, Messages.of(Language.EN))).isEqualTo(
                "File criteria.xlsx could not be read as a criteria set: row 3 (1.1) has a maximum of 3 points but its"
                        + " sub-criteria add up to 2.5.");
    }

    @Test
    void hasTableTellsTheSheetWithACriteriaHeader() {
        assertThat(CriteriaSheetReader.hasTable(rows("Ghi chú", HEADER))).isTrue();
        assertThat(CriteriaSheetReader.hasTable(rows("STT | Nội dung nhiệm vụ | Cơ quan chủ trì"))).isFalse();
    }
}
