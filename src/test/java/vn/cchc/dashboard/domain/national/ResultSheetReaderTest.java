package vn.cchc.dashboard.domain.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.dashboard.domain.imports.SourceRow;

/** Results tables as offices receive them, and each way one is refused. */
class ResultSheetReaderTest {

    /** Rows from "a | b | c" lines, numbered from 1. */
    static List<SourceRow> rows(String... lines) {
        List<SourceRow> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(new SourceRow(rows.size() + 1, Arrays.stream(line.split("\\|", -1)).map(String::strip).toList()));
        }
        return rows;
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("Tỉnh/thành phố | Tổng điểm/Chỉ số | Cải cách thể chế"),
                Arguments.of("STT | Tỉnh, thành phố | Tổng điểm (%) | Cải cách thể chế"),
                Arguments.of("TT | Địa phương | Chỉ số PAR INDEX năm 2024 | Cải cách thể chế | Xếp hạng"),
                Arguments.of("Số TT | Tên tỉnh | PAR INDEX 2024 | Cải cách thể chế | Nhóm"),
                Arguments.of("Tỉnh | Chỉ số | Cải cách thể chế"),
                Arguments.of("Đơn vị | Kết quả | Cải cách thể chế"),
                Arguments.of("TỈNH/TP | ĐIỂM ĐẠT ĐƯỢC | CẢI CÁCH THỂ CHẾ"),
                Arguments.of("Tỉnh/thành phố | Chỉ số SIPAS (%) | Cải cách thể chế"),
                Arguments.of(Normalizer.normalize("Tỉnh/thành phố | Tổng điểm | Cải cách thể chế", Normalizer.Form.NFD)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headers")
    void commonHeaderWordingsAreRecognised(String header) {
        boolean stt = header.startsWith("STT") || header.startsWith("TT") || header.startsWith("Số TT");
        String prefix = stt ? "1 | " : "";
        String suffix = header.contains("Xếp hạng") || header.contains("Nhóm") ? " | 1" : "";
        ResultSheetReader.Parsed parsed = ResultSheetReader.read(rows(header,
                prefix + "Hải Phòng | 92,98 | 95,1" + suffix,
                prefix + "Hưng Yên | 88,41 | 90" + suffix));

        assertThat(parsed.components()).hasSize(1).allMatch(c -> c.equalsIgnoreCase("Cải cách thể chế"));
        assertThat(parsed.provinces()).extracting(ProvinceScore::province).containsExactly("Hải Phòng", "Hưng Yên");
        assertThat(parsed.provinces().get(1).total()).isEqualByComparingTo("88.41");
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of("86,98", "86.98"),
                Arguments.of("86.98", "86.98"),
                Arguments.of("86,98%", "86.98"),
                Arguments.of("86.98 %", "86.98"),
                Arguments.of("86,984", "86.98"),
                Arguments.of("86,985", "86.99"),
                Arguments.of("100", "100.00"),
                Arguments.of("0", "0.00"));
    }

    @ParameterizedTest(name = "«{0}» reads {1}")
    @MethodSource("figures")
    void percentagesAreReadAsWrittenWithTwoDecimals(String written, String read) {
        ResultSheetReader.Parsed parsed = ResultSheetReader.read(rows("Tỉnh | Tổng điểm", "A | " + written, "B | 90"));

        assertThat(parsed.provinces().get(0).total()).isEqualByComparingTo(read).satisfies(v -> assertThat(v.scale()).isEqualTo(2));
    }

    @Test
    void aColumnOfFractionsIsReadAsPercentages() {
        ResultSheetReader.Parsed parsed = ResultSheetReader.read(rows("Tỉnh | Tổng điểm | Thể chế",
                "Hải Phòng | 0.9298 | 95,5%", "Hưng Yên | 0.8841 | 0,9", "Bắc Ninh | 1 | 88"));

        assertThat(parsed.provinces()).extracting(ProvinceScore::total)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("92.98"),
                        new BigDecimal("88.41"), new BigDecimal("100"));
        // A column with 88 in it is not a column of fractions: its 0,9 is 0,9%.
        assertThat(parsed.provinces()).extracting(p -> p.component(0))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("95.5"),
                        new BigDecimal("0.9"), new BigDecimal("88"));
    }

    @Test
    void titleRowsANumberingRowAnAverageRowAndNotesArePassedOver() {
        ResultSheetReader.Parsed parsed = ResultSheetReader.read(rows(
                "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 | | ",
                "(Kèm theo Quyết định số …/QĐ-BNV) | | ",
                "STT | Tỉnh/thành phố | Tổng điểm | Cải cách thể chế",
                "(1) | (2) | (3) | (4)",
                "1 | Hải Phòng | 92,98 | 95",
                " | | | ",
                "2 | Tỉnh Hưng Yên | 88,41 | 90",
                " | Bình quân cả nước | 90,70 | 92,5",
                "Nguồn: Bộ Nội vụ | | | "));

        assertThat(parsed.provinces()).extracting(ProvinceScore::province).containsExactly("Hải Phòng", "Tỉnh Hưng Yên");
    }

    @Test
    void componentsNamedUnderAMergedHeadingAreRead() {
        ResultSheetReader.Parsed parsed = ResultSheetReader.read(rows(
                "STT | Tỉnh/thành phố | Chỉ số thành phần | | Tổng điểm",
                " | | Cải cách thể chế | Cải cách TTHC | ",
                "1 | Hải Phòng | 95 | 91 | 92,98",
                "2 | Hưng Yên | 90 | 89 | 88,41"));

        assertThat(parsed.components()).containsExactly("Cải cách thể chế", "Cải cách TTHC");
        assertThat(parsed.provinces().get(1).total()).isEqualByComparingTo("88.41");
        assertThat(parsed.provinces().get(1).component(1)).isEqualByComparingTo("89");
    }

    @Test
    void aBlankComponentIsKeptBlankAndNamesAreNormalised() {
        String nfd = Normalizer.normalize("Hưng Yên", Normalizer.Form.NFD);
        ResultSheetReader.Parsed parsed = ResultSheetReader.read(rows("Tỉnh | Tổng điểm | Thể chế",
                "Hải Phòng | 92,98 | ", nfd + " | 88,41 | 90"));

        assertThat(parsed.provinces().get(0).component(0)).isNull();
        assertThat(parsed.provinces().get(1).province()).isEqualTo("Hưng Yên");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("no header", rows("Hải Phòng | 92,98", "Hưng Yên | 88,41"),
                        "national.refused.noHeader", List.of()),
                Arguments.of("no total column", rows("Tỉnh/thành phố | Cải cách thể chế", "Hải Phòng | 92,98",
                        "Hưng Yên | 88,41"), "national.refused.noTotal", List.of()),
                Arguments.of("a word for a figure", rows("Tỉnh | Tổng điểm", "Hải Phòng | 92,98", "Hưng Yên | tám mươi"),
                        "national.refused.badNumber", List.of("B3", "Hưng Yên", "tám mươi")),
                Arguments.of("a negative figure", rows("Tỉnh | Tổng điểm | Thể chế", "Hải Phòng | 92,98 | -1",
                        "Hưng Yên | 88,41 | 1"), "national.refused.badNumber", List.of("C2", "Hải Phòng", "-1")),
                Arguments.of("an Excel error", rows("Tỉnh | Tổng điểm", "Hải Phòng | #N/A", "Hưng Yên | 88,41"),
                        "national.refused.badNumber", List.of("B2", "Hải Phòng", "#N/A")),
                Arguments.of("over 100", rows("Tỉnh | Tổng điểm", "Hải Phòng | 102,5", "Hưng Yên | 88,41"),
                        "national.refused.over100", List.of("B2", "Hải Phòng", new BigDecimal("102.50"))),
                Arguments.of("a total left blank", rows("Tỉnh | Tổng điểm | Thể chế", "Hải Phòng | | 90",
                        "Hưng Yên | 88,41 | 90"), "national.refused.noTotalValue", List.of("B2", "Hải Phòng")),
                Arguments.of("a province twice", rows("Tỉnh | Tổng điểm", "Hưng Yên | 88,41", "Hải Phòng | 92,98",
                        "Tỉnh Hưng Yên | 88,41"), "national.refused.duplicate",
                        List.of("Hưng Yên", "2", "Tỉnh Hưng Yên", "4")),
                Arguments.of("one province", rows("Tỉnh | Tổng điểm", "Hưng Yên | 88,41"),
                        "national.refused.tooFew", List.of(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aBadFileIsRefusedWholeNamingTheCell(String what, List<SourceRow> rows, String key, List<Object> args) {
        assertThatThrownBy(() -> ResultSheetReader.read(rows)).isInstanceOfSatisfying(ResultsRefused.class, r -> {
            assertThat(r.messageKey()).isEqualTo(key);
            assertThat(r.args()).containsExactlyElementsOf(args);
        });
    }
}
