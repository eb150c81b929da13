package vn.cchc.dashboard.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.TaskStatus;

class PlanRowReaderTest {

    static final LocalDate TODAY = LocalDate.of(2023, 11, 23);

    static List<SourceRow> rows(String... lines) {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SourceRow(i + 1, List.of(lines[i].split("\\|", -1))));
        }
        return rows;
    }

    static PlanRowReader read(List<SourceRow> rows) {
        TableLayout layout = HeaderDetector.detect("Phụ lục", rows).orElseThrow();
        PlanRowReader reader = new PlanRowReader(layout, ImportAreas.NQ76, 2023, TODAY, TODAY);
        rows.forEach(reader::accept);
        return reader;
    }

    static List<String> keys(PlanRowReader reader) {
        return reader.problems().stream().map(ImportProblem::messageKey).toList();
    }

    @Test
    void aTwoRowHeaderUnderTitleRowsIsFoundAndNamesTheYear() {
        List<SourceRow> rows = rows(
                "UBND TỈNH MINH GIANG||||",
                "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023||||",
                "",
                "STT|Nội dung nhiệm vụ|Cơ quan thực hiện||Thời gian\nhoàn thành",
                "||Chủ trì|Phối hợp|",
                "(1)|(2)|(3)|(4)|(5)",
                "I|CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH|||",
                "1|Ban hành kế hoạch CCHC năm 2023|Sở Nội vụ|Các sở, ban, ngành|Tháng 1/2023");
        TableLayout layout = HeaderDetector.detect("Phụ lục", rows).orElseThrow();
        assertThat(layout.firstHeaderRow()).isEqualTo(4);
        assertThat(layout.lastHeaderRow()).isEqualTo(5);
        assertThat(layout.titleYear()).isEqualTo(2023);
        assertThat(layout.mapping().fields()).containsEntry(0, ImportField.CODE).containsEntry(1, ImportField.TITLE)
                .containsEntry(2, ImportField.LEAD).containsEntry(3, ImportField.COOPERATING)
                .containsEntry(4, ImportField.DEADLINE);
        PlanRowReader reader = read(rows);
        assertThat(reader.rows()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("I.1");
            assertThat(r.areaCode()).isEqualTo("CDDH");
            assertThat(r.due().date()).isEqualTo(LocalDate.of(2023, 1, 31));
        });
        assertThat(reader.problems()).isEmpty();
    }

    @Test
    void sectionsGiveTheAreaAndNumbersTheCode() {
        PlanRowReader reader = read(rows(
                "STT|Nhiệm vụ|Đơn vị chủ trì|Thời hạn",
                "II. CẢI CÁCH THỂ CHẾ|||",
                "1|Rà soát văn bản QPPL|Sở Tư pháp|Quý II/2023",
                "1.1|Rà soát văn bản về đất đai|Sở Tư pháp|30/6/2023",
                "III|Cải cách thủ tục hành chính||",
                "1.|Công bố TTHC|VP UBND tỉnh|Thường xuyên",
                "|Kiểm soát TTHC nội bộ|VP UBND tỉnh|Cả năm"));
        assertThat(reader.rows()).extracting(ImportRow::code).containsExactly("II.1", "II.1.1", "III.1", "III.2");
        assertThat(reader.rows()).extracting(ImportRow::areaCode).containsExactly("TC", "TC", "TTHC", "TTHC");
        assertThat(reader.rows().get(2).due().recurring()).isTrue();
        assertThat(keys(reader)).containsExactly("import.problem.numbered");
    }

    @Test
    void badRowsAreProblemsAtTheirCells() {
        PlanRowReader reader = read(rows(
                "STT|Nhiệm vụ|Cơ quan chủ trì|Thời gian hoàn thành",
                "I. NHIỆM VỤ KHÁC|||",
                "1|Việc không rõ lĩnh vực|Sở Nội vụ|30/6/2023",
                "II. CẢI CÁCH THỂ CHẾ|||",
                "1|Ngày không có thật|Sở Tư pháp|31/02/2023",
                "1|Trùng số|Sở Tư pháp|Sớm nhất có thể",
                "2|Thiếu chủ trì||30/6/2023",
                "3|Năm trước|Sở Tư pháp|30/6/2022"));
        assertThat(reader.problems()).extracting(ImportProblem::messageKey, ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("import.problem.unknownSection", 2, "A"),
                        org.assertj.core.groups.Tuple.tuple("import.problem.deadlineImpossible", 5, "D"),
                        org.assertj.core.groups.Tuple.tuple("import.problem.duplicateCode", 6, "A"),
                        org.assertj.core.groups.Tuple.tuple("import.problem.deadlineUnreadable", 6, "D"),
                        org.assertj.core.groups.Tuple.tuple("import.problem.leadMissing", 7, "C"),
                        org.assertj.core.groups.Tuple.tuple("import.problem.deadlineBeforePlan", 8, "D"));
        assertThat(reader.problems().get(1).value()).isEqualTo("31/02/2023");
        assertThat(reader.problems()).allMatch(ImportProblem::isError);
    }

    @Test
    void trackingColumnsBecomeDatedUpdates() {
        PlanRowReader reader = read(rows(
                "STT|Nhiệm vụ|Cơ quan chủ trì|Thời hạn|Tình trạng|Ngày hoàn thành|Tỷ lệ (%)|Ghi chú",
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH||||||",
                "1|Kế hoạch|Sở Nội vụ|Tháng 1/2023|Đã hoàn thành|25/01/2023||QĐ 12",
                "2|Kiểm tra|Sở Nội vụ|Quý III/2023|Đang thực hiện||60%|",
                "3|Tuyên truyền|Sở Nội vụ|Quý IV/2023|Chưa thực hiện|||",
                "4|Khảo sát|Sở Nội vụ|Quý II/2023|Quá hạn||30|",
                "5|Báo cáo|Sở Nội vụ|Tháng 6/2023||30/06/2023||",
                "6|Đánh giá|Sở Nội vụ|Tháng 6/2023|Làm rồi||",
                "7|Tổng kết|Sở Nội vụ|Tháng 12/2023|Hoàn thành|15/12/2023||"));
        assertThat(reader.rows()).extracting(r -> r.progress() == null ? null : r.progress().status())
                .containsExactly(TaskStatus.COMPLETED, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED,
                        TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED, null, TaskStatus.COMPLETED);
        assertThat(reader.rows().get(0).progress()).isEqualTo(new ImportedProgress(LocalDate.of(2023, 1, 25),
                TaskStatus.COMPLETED, 100, "QĐ 12", null));
        assertThat(reader.rows().get(1).progress().date()).isEqualTo(TODAY);
        assertThat(reader.rows().get(1).progress().percent()).isEqualTo(60);
        assertThat(keys(reader)).containsExactly("import.problem.statusImplied", "import.problem.statusUnreadable",
                "progress.problem.future");
    }
}
