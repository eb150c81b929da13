package vn.cchc.dashboard.report.unitindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.AnnexTable;
import vn.cchc.dashboard.report.ReportSettings;

/**
 * The announcement's model and wording on fixed results: shared ranks stated, unfinished units never given a figure,
 * bands and averages as a specialist works them out by hand.
 */
class UnitIndexAnnouncementTest {

    private static final Messages VI = Messages.of(Language.VI);
    private static final ReportSettings MINH_GIANG = ReportSettings.defaults().withProvince("Minh Giang");

    @Test
    void completeUnitsRankOneTwoTwoFourAndUnfinishedOnesAreSetApartWithoutARank() {
        GroupResults g = AnnouncementFixture.announcement().groups().get(0);
        assertThat(g.announced()).extracting(r -> r.result().unitName() + " " + r.rank() + (r.tied() ? "=" : ""))
                .containsExactly("Sở Tư pháp 1", "Sở Công Thương 2=", "Sở Văn hóa, Thể thao và Du lịch 2=", "Sở Y tế 4");
        assertThat(g.pending()).extracting(UnitIndexResult::unitName).containsExactly("Sở Xây dựng", "Thanh tra tỉnh");
        assertThat(g.members()).isEqualTo(6);
        assertThat(g.ties()).containsOnlyKeys(2);
    }

    @Test
    void averagesBandsAndAreasAreOfTheAnnouncedUnitsAlone() {
        GroupResults g = AnnouncementFixture.announcement().groups().get(0);
        // (95 + 87,25 + 87,25 + 69,5) / 4 = 84,75; Sở Xây dựng's 50 (2.1 unscored) is left out.
        assertThat(g.average()).isEqualByComparingTo("84.75");
        assertThat(g.bands()).containsEntry(Band.FROM_90, 1).containsEntry(Band.FROM_80, 2)
                .containsEntry(Band.FROM_70, 0).containsEntry(Band.BELOW_70, 1);
        // Area 1: (57 + 49,25 + 55 + 39,5) / 60 each → 95 + 82,0833 + 91,6667 + 65,8333 = 334,5833 / 4 = 83,65.
        // Area 2: 95 + 95 + 80,625 + 75 = 345,625 / 4 = 86,40625 → 86,41.
        assertThat(g.areas()).extracting(a -> a.area().code() + " " + a.averagePercent().toPlainString() + " "
                + a.lost().toPlainString()).containsExactly("1 83.65 39.25", "2 86.41 21.75");
        assertThat(g.weakestAreas(1)).extracting(a -> a.area().code()).containsExactly("1");
        assertThat(g.highest()).extracting(UnitIndexResult::unitName).containsExactly("Sở Tư pháp");
        assertThat(g.lowest()).extracting(UnitIndexResult::unitName).containsExactly("Sở Y tế");
    }

    @Test
    void theScoringIsToldAsTheScoresShowIt() {
        GroupResults.Scoring s = AnnouncementFixture.announcement().groups().get(0).scoring();
        assertThat(s.selfAssessed()).isEqualTo(2);
        assertThat(s.appraised()).isEqualTo(2);
        assertThat(s.adjusted()).isEqualTo(1);
        assertThat(s.adjustedUnits()).isEqualTo(1);
        assertThat(s.surveyLines()).extracting(c -> c.code()).containsExactly("2.1");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100.00, FROM_90", "90.00, FROM_90", "89.99, FROM_80", "80.00, FROM_80", "79.99, FROM_70",
            "70.00, FROM_70", "69.99, BELOW_70", "0.00, BELOW_70"})
    void bandsStartAtTheirFloor(String index, Band band) {
        assertThat(Band.of(new BigDecimal(index))).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"95 87.25 87.25 69.5, 84.75", "90.01 90.02, 90.02", "33.33 33.33 33.34, 33.33", "70, 70.00",
            "88.88 77.77 66.67, 77.77"})
    void theAverageIsRoundedHalfUpToTwoDecimals(String indices, String average) {
        AtomicLong id = new AtomicLong();
        List<UnitIndexResult> units = Arrays.stream(indices.split(" ")).map(i -> new UnitIndexResult(id.incrementAndGet(),
                "Đơn vị " + id.get(), new BigDecimal(i), new BigDecimal("100"), new BigDecimal(i), List.of(), List.of()))
                .toList();
        GroupResults g = GroupResults.of(new GroupInput(AnnouncementFixture.SET, IndexRanking.rank(units),
                java.util.Map.of()));
        assertThat(g.average().toPlainString()).isEqualTo(average);
    }

    @Test
    void theAnnexStatesTheTieAndGivesUnfinishedUnitsNoFigure() {
        AnnouncementDocument decision = DecisionComposer.compose(AnnouncementFixture.announcement(), MINH_GIANG, VI);
        AnnexTable table = decision.annex().get(0);
        assertThat(table.title()).isEqualTo("I. Các sở, ban, ngành tỉnh");
        assertThat(table.headers()).containsExactly("Xếp hạng", "Cơ quan, đơn vị", "Điểm đạt được", "Điểm tối đa áp dụng",
                "Chỉ số (%)");
        assertThat(table.rows()).containsExactly(
                List.of("1", "Sở Tư pháp", "95,00", "100", "95,00"),
                List.of("2", "Sở Công Thương", "87,25", "100", "87,25"),
                List.of("2", "Sở Văn hóa, Thể thao và Du lịch", "87,25", "100", "87,25"),
                List.of("4", "Sở Y tế", "69,50", "100", "69,50"),
                List.of("…", "Sở Xây dựng", "…", "100", "…"),
                List.of("…", "Thanh tra tỉnh", "…", "100", "…"));
        assertThat(table.note()).contains("2 đơn vị (Sở Công Thương; Sở Văn hóa, Thể thao và Du lịch) có cùng Chỉ số"
                        + " 87,25% nên đồng hạng 2; đơn vị kế tiếp xếp hạng 4.")
                .contains("[Chưa công bố kết quả của 2 đơn vị. Chưa chấm điểm: Thanh tra tỉnh. Sở Xây dựng còn 1 tiêu chí"
                        + " chưa có điểm (2.1). Thứ hạng trong bảng chỉ xét 4/6 đơn vị đã có đủ điểm");
        assertThat(table.note()).doesNotContain("50,00");
    }

    @Test
    void theDecisionReadsAsUbndTinhIssuesIt() {
        String text = DecisionComposer.compose(AnnouncementFixture.announcement(), MINH_GIANG, VI).asText();
        assertThat(text).startsWith("ỦY BAN NHÂN DÂN\nTỈNH MINH GIANG\nSố:          /QĐ-UBND\n")
                .contains("Minh Giang, ngày      tháng      năm 2026\n\nQUYẾT ĐỊNH\nPhê duyệt và công bố Chỉ số cải cách"
                        + " hành chính năm 2025\ncủa các sở, ban, ngành tỉnh Minh Giang\n")
                .contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH MINH GIANG\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
                .contains("Căn cứ Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh Minh Giang ban hành Bộ tiêu chí"
                        + " xác định Chỉ số cải cách hành chính của các sở, ban, ngành;")
                .contains("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt và công bố Chỉ số cải cách hành chính năm 2025 của 6 sở, ban,"
                        + " ngành tỉnh (chi tiết tại Phụ lục kèm theo Quyết định này).\n[Còn 2 đơn vị chưa có đủ kết quả")
                .contains("Điều 2. Người đứng đầu các cơ quan, đơn vị có tên tại Điều 1")
                .contains("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
                .contains("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n")
                .contains("Phụ lục\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025\n(Kèm theo Quyết định số");
        ReportSettings chair = new ReportSettings(null, "Minh Giang", "", "", List.of("CHỦ TỊCH"), List.of(), "");
        assertThat(DecisionComposer.compose(AnnouncementFixture.announcement(), chair, VI).closing().signerLines())
                .containsExactly("CHỦ TỊCH");
    }

    @Test
    void theReportStatesOnlyWhatTheFiguresSupport() {
        String text = ResultsReportComposer.compose(AnnouncementFixture.announcement(), MINH_GIANG, VI).asText();
        assertThat(text).contains("SỞ NỘI VỤ\nSố:          /BC-SNV\n")
                .contains("Kính gửi: Ủy ban nhân dân tỉnh Minh Giang.")
                .contains("Bộ tiêu chí gồm 2 lĩnh vực, 3 tiêu chí và 3 nội dung chấm điểm")
                .contains("- Công tác chỉ đạo, điều hành cải cách hành chính: 60 điểm\n")
                .contains("2/6 cơ quan, đơn vị đã tự đánh giá, chấm điểm. Qua thẩm định kết quả tự đánh giá của 2 đơn vị,"
                        + " điểm của 1 lượt tiêu chí tại 1 đơn vị được điều chỉnh so với điểm tự đánh giá. Điểm tiêu"
                        + " chí 2.1 (tổng 40 điểm) được xác định qua điều tra xã hội học.")
                .contains("[Còn 2 đơn vị chưa có đủ kết quả chấm điểm. Chưa chấm điểm: Thanh tra tỉnh. Sở Xây dựng còn 1")
                .contains("Chỉ số trung bình của 4/6 cơ quan, đơn vị đã có đủ điểm là 84,75%; cao nhất là Sở Tư pháp"
                        + " (95,00%), thấp nhất là Sở Y tế (69,50%).")
                .contains("- Từ 90% trở lên: 1 đơn vị, chiếm 25,00%\n- Từ 80% đến dưới 90%: 2 đơn vị, chiếm 50,00%\n"
                        + "- Từ 70% đến dưới 80%: không có đơn vị nào\n- Dưới 70%: 1 đơn vị, chiếm 25,00%\n")
                .contains("- Công tác chỉ đạo, điều hành cải cách hành chính (60 điểm): 83,65%\n")
                .contains("- Tác động của cải cách hành chính (40 điểm): 86,41%\n")
                .contains("Tính chung 4 đơn vị, số điểm bị trừ nhiều nhất thuộc lĩnh vực Công tác chỉ đạo, điều hành cải"
                        + " cách hành chính: 39,25 điểm.")
                .contains("Đối với các sở, ban, ngành, 3/4 đơn vị đạt Chỉ số từ 80% trở lên; 1 đơn vị dưới 80%: Sở Y tế"
                        + " (69,50%).")
                .contains("Chênh lệch giữa Chỉ số cao nhất và thấp nhất của các sở, ban, ngành là 25,50 điểm phần trăm.")
                .contains("IV. ĐỀ XUẤT, KIẾN NGHỊ\n")
                .contains("\nGIÁM ĐỐC\n")
                .doesNotContain("Sở Xây dựng (50");
    }
}
