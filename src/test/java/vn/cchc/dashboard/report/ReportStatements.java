package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/**
 * Checks every count a report's prose states — "x/y nhiệm vụ", each deadline category, the units lagging, on track
 * or not yet due, each lagging unit's overdue tasks — against the annex tables of the same report, the way a
 * specialist checks a draft before it goes to the Phó Chủ tịch. The prose may come from any of the formats.
 */
final class ReportStatements {

    /** The prose's category phrases and the annex column each one is counted in. */
    static final Map<String, String> CATEGORIES = Map.of(
            "hoàn thành đúng hạn", "Hoàn thành đúng hạn",
            "hoàn thành quá hạn", "Hoàn thành quá hạn",
            "thường xuyên đã thực hiện", "Thường xuyên đã thực hiện",
            "đang thực hiện trong hạn", "Đang thực hiện trong hạn",
            "chưa triển khai", "Chưa triển khai",
            "quá hạn chưa hoàn thành", "Quá hạn chưa hoàn thành",
            "thường xuyên chưa có báo cáo đã thực hiện", "Thường xuyên chưa thực hiện");
    private static final Pattern CATEGORY = Pattern.compile("(\\d[\\d.]*) nhiệm vụ (" + String.join("|",
            CATEGORIES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")");
    private static final Pattern DONE = Pattern.compile("đã hoàn thành (\\d[\\d.]*)/(\\d[\\d.]*) nhiệm vụ, đạt ([\\d,]+)%");
    private static final List<String> SEGMENT_ENDS = List.of("Các nhiệm vụ đã hoàn thành (",
            "Các nhiệm vụ quá hạn chưa hoàn thành (", "So với kỳ báo cáo trước", "Kế hoạch năm giao");

    private final AnnexFigures annex;
    private final SoftAssertions softly = new SoftAssertions();

    ReportStatements(AnnexFigures annex) {
        this.annex = annex;
    }

    /** Checks {@code prose} (whitespace folded) against the annex; fails listing every statement that disagrees. */
    void check(String prose, String where) {
        assertThat(annex.areaTotal()).as("annex Biểu 1").isNotNull();
        checkSplit(segment(prose, headlineSubject(prose) + " đã hoàn thành", where), annex.areaTotal(), where + ", headline");
        annex.byArea().forEach((area, row) -> {
            if (AnnexFigures.number(row.get("Tổng số")) == 0) {
                return;
            }
            String label = area.startsWith("Công tác chỉ đạo") ? "Thực hiện các nhiệm vụ về công tác chỉ đạo, điều hành"
                    : area;
            checkSplit(segment(prose, label + " Kế hoạch năm giao", where), row, where + ", " + area);
        });
        checkUnits(prose, where);
        softly.assertAll();
    }

    /**
     * Who the headline says completed the tasks: "các cơ quan, đơn vị" in a province's report; in a national one the
     * provinces ("UBND các tỉnh, thành phố") or the ministries ("các bộ, cơ quan ngang bộ"), whose plan it is.
     */
    private static String headlineSubject(String prose) {
        return Stream.of("UBND các tỉnh, thành phố", "các bộ, cơ quan ngang bộ")
                .filter(subject -> prose.contains(subject + " đã hoàn thành")).findFirst().orElse("các cơ quan, đơn vị");
    }

    /** The text of one statement: from {@code start} to the next list, comparison or area. */
    private String segment(String prose, String start, String where) {
        int from = prose.indexOf(start);
        assertThat(from).as(where + ": the prose states «" + start + "…»").isNotNegative();
        int to = prose.length();
        for (String end : SEGMENT_ENDS) {
            int at = prose.indexOf(end, from + start.length());
            if (at >= 0 && at < to) {
                to = at;
            }
        }
        return prose.substring(from, to);
    }

    private void checkSplit(String text, Map<String, String> row, String where) {
        Matcher done = DONE.matcher(text);
        if (found(done.find(), where + ": «đã hoàn thành x/y nhiệm vụ» in " + text)) {
            softly.assertThat(AnnexFigures.number(done.group(1))).as(where + ": completed")
                    .isEqualTo(AnnexFigures.number(row.get("Đã hoàn thành")));
            softly.assertThat(AnnexFigures.number(done.group(2))).as(where + ": planned")
                    .isEqualTo(AnnexFigures.number(row.get("Tổng số")));
            softly.assertThat(done.group(3) + "%").as(where + ": rate").isEqualTo(row.get("Tỷ lệ hoàn thành"));
        }
        Matcher category = CATEGORY.matcher(text);
        int stated = 0;
        while (category.find()) {
            String column = CATEGORIES.get(category.group(2));
            softly.assertThat(AnnexFigures.number(category.group(1))).as(where + ": " + category.group(0))
                    .isEqualTo(AnnexFigures.number(row.get(column)));
            stated++;
        }
        long nonZero = CATEGORIES.values().stream().filter(c -> AnnexFigures.number(row.get(c)) > 0).count();
        boolean allOnTime = text.contains("đều hoàn thành đúng hạn") || text.contains("Nhiệm vụ này hoàn thành đúng hạn");
        softly.assertThat(stated + (allOnTime ? 1 : 0)).as(where + ": every category the annex counts is stated: " + text)
                .isEqualTo((int) nonZero);
        if (text.contains("Không có nhiệm vụ quá hạn chưa hoàn thành")) {
            softly.assertThat(AnnexFigures.number(row.get("Quá hạn chưa hoàn thành")))
                    .as(where + ": «no overdue task» only when none is").isZero();
        }
    }

    private void checkUnits(String prose, String where) {
        Matcher lead = Pattern.compile("giao (\\d[\\d.]*) cơ quan, đơn vị chủ trì thực hiện").matcher(prose);
        if (found(lead.find(), where + ": the lead units are counted")) {
            softly.assertThat(AnnexFigures.number(lead.group(1))).as(where + ": lead units")
                    .isEqualTo(annex.byUnit().size());
        }
        Matcher followed = Pattern.compile("trong số (\\d[\\d.]*) cơ quan, đơn vị được theo dõi"
                + "(?: \\((\\d[\\d.]*) cơ quan, đơn vị chủ trì nhiệm vụ; (\\d[\\d.]*) cơ quan, đơn vị chỉ báo cáo chỉ số\\))?"
                + " có (.*?)\\.").matcher(prose);
        if (found(followed.find(), where + ": the verdict on the units is counted")) {
            softly.assertThat(AnnexFigures.number(followed.group(1))).as(where + ": units followed")
                    .isEqualTo(annex.verdicts().size());
            if (followed.group(2) != null) {
                softly.assertThat(AnnexFigures.number(followed.group(2))).as(where + ": of them leading tasks")
                        .isEqualTo(annex.byUnit().size());
            }
            String parts = followed.group(4);
            softly.assertThat(count(parts, "chậm tiến độ")).as(where + ": lagging").isEqualTo(annex.unitsWith("Chậm tiến độ"));
            softly.assertThat(count(parts, "bảo đảm tiến độ")).as(where + ": on track")
                    .isEqualTo(annex.unitsWith("Bảo đảm tiến độ"));
            softly.assertThat(count(parts, "chưa có nhiệm vụ, chỉ số đến hạn đánh giá")).as(where + ": not yet due")
                    .isEqualTo(annex.unitsWith("Chưa đến hạn"));
        }
        annex.verdicts().forEach((unit, row) -> {
            Matcher overdue = Pattern.compile(Pattern.quote(unit) + " còn (\\d[\\d.]*) nhiệm vụ quá hạn chưa hoàn thành")
                    .matcher(prose);
            boolean lagging = "Chậm tiến độ".equals(row.get("Đánh giá"));
            if (overdue.find()) {
                softly.assertThat(lagging).as(where + ": " + unit + " is named lagging and the annex says so").isTrue();
                softly.assertThat(AnnexFigures.number(overdue.group(1))).as(where + ": overdue tasks of " + unit)
                        .isEqualTo(AnnexFigures.number(annex.byUnit().get(unit).get("Quá hạn chưa hoàn thành")));
            }
            if (!lagging) {
                softly.assertThat(prose).as(where + ": " + unit + " is not lagging and is not called so")
                        .doesNotContain(unit + " còn ", unit + " mới hoàn thành ");
            }
        });
        Matcher clean = Pattern.compile("Trong số (\\d[\\d.]*) cơ quan, đơn vị chủ trì nhiệm vụ, có (\\d[\\d.]*) cơ quan, "
                + "đơn vị không có nhiệm vụ quá hạn").matcher(prose);
        if (clean.find()) {
            softly.assertThat(AnnexFigures.number(clean.group(2))).as(where + ": units without overdue tasks")
                    .isEqualTo((int) annex.byUnit().values().stream()
                            .filter(r -> AnnexFigures.number(r.get("Quá hạn chưa hoàn thành")) == 0).count());
        }
        Matcher urge = Pattern.compile("Khẩn trương hoàn thành (\\d[\\d.]*) nhiệm vụ đã quá hạn").matcher(prose);
        if (urge.find()) {
            softly.assertThat(AnnexFigures.number(urge.group(1))).as(where + ": overdue tasks to finish")
                    .isEqualTo(AnnexFigures.number(annex.areaTotal().get("Quá hạn chưa hoàn thành")));
        }
    }

    /** Records a statement that should be there; true when it is, so that its figures can be checked. */
    private boolean found(boolean present, String what) {
        softly.assertThat(present).as(what).isTrue();
        return present;
    }

    /** "3 cơ quan, đơn vị chậm tiến độ" in a list of parts → 3; "không có … nào chậm tiến độ" → 0. */
    private static long count(String parts, String what) {
        Matcher m = Pattern.compile("(\\d[\\d.]*) cơ quan, đơn vị " + Pattern.quote(what)).matcher(parts);
        return m.find() ? AnnexFigures.number(m.group(1)) : 0;
    }
}
