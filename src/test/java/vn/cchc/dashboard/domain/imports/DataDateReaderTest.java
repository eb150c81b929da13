package vn.cchc.dashboard.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataDateReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Số liệu tính đến ngày 21/6/2023 | 2023-06-21",
            "(Số liệu tính đến 21/6/2023) | 2023-06-21",
            "Tính đến ngày 21 tháng 6 năm 2023 | 2023-06-21",
            "Tính đến hết ngày 21/06/2023 | 2023-06-21",
            "Số liệu báo cáo tính đến ngày 14/6/2023 | 2023-06-14",
            "Số liệu tính đến thời điểm ngày 21/6/2023 | 2023-06-21",
            "tính đến thời điểm 21-6-2023 | 2023-06-21",
            "(Tính đến 17h00 ngày 21/6/2023) | 2023-06-21",
            "(Cập nhật đến ngày 30/11/2023) | 2023-11-30",
            "Số liệu cập nhật đến hết ngày 30.11.2023 | 2023-11-30",
            "SỐ LIỆU TÍNH ĐẾN NGÀY 21/6/2023 | 2023-06-21",
            "Số liệu tính từ ngày 15/12/2022 đến ngày 14/6/2023 | 2023-06-14",
            "Ngày chốt số liệu: 21/6/2023 | 2023-06-21",
            "Số liệu chốt đến hết ngày 14/6/2023 | 2023-06-14",
            "Số liệu được tổng hợp đến ngày 20/6/2023 | 2023-06-20",
            "Số liệu tính đến hết tháng 5/2023 | 2023-05-31",
            "Tính đến hết tháng 6 năm 2023 | 2023-06-30",
            "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ (Số liệu tính đến ngày 21/6/2023) | 2023-06-21",
            "Tinh den ngay 21/6/2023 | 2023-06-21",
            "Tính đến thời điểm hiện tại (21/6/2023) | 2023-06-21"})
    void realTitleLinesNameTheDataDate(String line, LocalDate expected) {
        assertThat(DataDateReader.read(3, line)).hasValueSatisfying(found -> {
            assertThat(found.date()).isEqualTo(expected);
            assertThat(found.row()).isEqualTo(3);
            assertThat(found.text()).isEqualTo(line.strip());
        });
    }

    @Test
    void decomposedUnicodeReadsTheSameAsComposed() {
        String nfd = Normalizer.normalize("Số liệu tính đến ngày 21/6/2023", Normalizer.Form.NFD);
        assertThat(DataDateReader.read(1, nfd)).map(DataDateLine::date).hasValue(LocalDate.of(2023, 6, 21));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Kế hoạch số 12/KH-UBND ngày 15/01/2023",
            "Hưng Yên, ngày 21 tháng 6 năm 2023",
            "(Kèm theo Báo cáo số 45/BC-UBND ngày 21/6/2023 của UBND tỉnh)",
            "(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 30/12/2022 của Chủ tịch UBND tỉnh)",
            "Thời gian thực hiện: từ ngày 01/01/2023 đến ngày 31/12/2023",
            "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
            "Hạn gửi báo cáo: trước ngày 20/6/2023",
            "Tính đến nay, đã hoàn thành 12/40 nhiệm vụ",
            "Số liệu tính đến ngày 21/6",
            "Các đơn vị cập nhật tiến độ trước ngày 25 hằng tháng",
            "Thời gian hoàn thành: Quý II/2023"})
    void otherDatesOfATitleAreNotTheDataDate(String line) {
        assertThat(DataDateReader.read(1, line)).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsFoundButHasNoDate() {
        assertThat(DataDateReader.read(2, "Số liệu tính đến ngày 31/02/2023")).hasValueSatisfying(found -> {
            assertThat(found.exists()).isFalse();
            assertThat(found.text()).isEqualTo("Số liệu tính đến ngày 31/02/2023");
        });
    }

    @Test
    void theHeaderDetectorReadsItFromTheTitleRowsOnly() {
        List<SourceRow> rows = PlanRowReaderTest.rows(
                "BỘ NỘI VỤ||||",
                "TỔNG HỢP TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CCHC NĂM 2023||||",
                "Số liệu tính đến ngày 21/6/2023||||",
                "STT|Nội dung nhiệm vụ|Cơ quan chủ trì|Thời hạn|Tình trạng",
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH||||",
                "1|Rà soát (tính đến ngày 30/6/2023)|Sở Nội vụ|30/6/2023|Đang thực hiện");
        TableLayout layout = HeaderDetector.detect("Theo dõi", rows).orElseThrow();
        assertThat(layout.titleYear()).isEqualTo(2023);
        assertThat(layout.dataDate()).isEqualTo(new DataDateLine(3, "Số liệu tính đến ngày 21/6/2023",
                LocalDate.of(2023, 6, 21)));
        assertThat(layout.withMapping(layout.mapping()).dataDate()).isEqualTo(layout.dataDate());
    }
}
