package vn.cchc.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.LaggingUnit.Kind;
import vn.cchc.dashboard.domain.LaggingUnit.Reason;
import vn.cchc.dashboard.domain.LaggingUnit.Verdict;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/** Each verdict is a sentence a Phó Chủ tịch can read aloud: the unit, then why, in words, never a symbol. */
class LaggingWordingTest {

    static final Unit NOI_VU = new Unit(1, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null);
    static final Indicator ONLINE = new Indicator("HS_TRUC_TUYEN", "Tỷ lệ hồ sơ trực tuyến", "Online dossier rate",
            IndicatorType.PERCENT, "Hồ sơ trực tuyến", "Tổng số hồ sơ", true, "NQ 76", false, null, null, false, 1);
    static final Indicator LATE_RATE = new Indicator("HS_TRE_HAN", "Tỷ lệ hồ sơ trễ hạn", "Late dossier rate",
            IndicatorType.PERCENT, "Hồ sơ trễ hạn", "Hồ sơ đã giải quyết", false, "KH tỉnh", false, null, null, false, 2);

    static LaggingUnit unit(Verdict verdict, int planned, int due, int dueCompleted, LocalDate nextDue,
                            Reason... reasons) {
        int overdue = Stream.of(reasons).filter(r -> r.kind() == Kind.OVERDUE).mapToInt(r -> r.value().intValue()).sum();
        return new LaggingUnit(NOI_VU, verdict == Verdict.LAGGING ? 1 : 0, false, BigDecimal.ONE, dueCompleted, planned,
                null, due, dueCompleted, nextDue, overdue, 0, 0, verdict, List.of(reasons));
    }

    static LaggingUnit completedEarly(LaggingUnit u, int completed) {
        return new LaggingUnit(u.unit(), u.rank(), u.tied(), u.score(), completed, u.planned(), u.percent(), u.due(),
                u.dueCompleted(), u.nextDue(), u.overdue(), u.late(), u.stale(), u.verdict(), u.reasons());
    }

    static Reason reason(Kind kind, long value) {
        return new Reason(kind, BigDecimal.valueOf(value), null);
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(unit(Verdict.LAGGING, 29, 7, 5, null, reason(Kind.OVERDUE, 2), reason(Kind.LATE, 1)),
                        "Sở Nội vụ còn 2 nhiệm vụ quá hạn chưa hoàn thành; có 1 nhiệm vụ hoàn thành quá hạn.",
                        "Còn 2 nhiệm vụ quá hạn chưa hoàn thành; có 1 nhiệm vụ hoàn thành quá hạn."),
                Arguments.of(unit(Verdict.LAGGING, 5, 4, 1, null, new Reason(Kind.DUE_RATE_LOW, BigDecimal.ONE,
                                BigDecimal.valueOf(4))),
                        "Sở Nội vụ mới hoàn thành 1/4 nhiệm vụ đã đến hạn (25,00%).",
                        "Mới hoàn thành 1/4 nhiệm vụ đã đến hạn (25,00%)."),
                Arguments.of(unit(Verdict.LAGGING, 3, 1, 1, null, new Reason(Kind.INDICATOR_SHORT, new BigDecimal("41.20"),
                                BigDecimal.valueOf(85), ONLINE), new Reason(Kind.INDICATOR_SHORT, new BigDecimal("8.61"),
                                BigDecimal.valueOf(2), LATE_RATE)),
                        "Sở Nội vụ có tỷ lệ hồ sơ trực tuyến đạt 41,20%, thấp hơn chỉ tiêu 85%; có tỷ lệ hồ sơ trễ hạn "
                                + "là 8,61%, cao hơn mức tối đa 2%.", null),
                Arguments.of(unit(Verdict.LAGGING, 6, 2, 2, null, new Reason(Kind.STALE, BigDecimal.valueOf(2),
                                BigDecimal.valueOf(60))),
                        "Sở Nội vụ có 2 nhiệm vụ đang thực hiện nhưng quá 60 ngày chưa cập nhật tiến độ.", null),
                Arguments.of(unit(Verdict.ON_TRACK, 9, 6, 6, null, reason(Kind.LATE, 1)),
                        "Sở Nội vụ đã hoàn thành 6/6 nhiệm vụ đến hạn; có 1 nhiệm vụ hoàn thành quá hạn.",
                        "Đã hoàn thành 6/6 nhiệm vụ đến hạn; có 1 nhiệm vụ hoàn thành quá hạn."),
                Arguments.of(unit(Verdict.NOT_YET_DUE, 3, 0, 0, LocalDate.of(2026, 11, 30)),
                        "Sở Nội vụ chưa có nhiệm vụ đến hạn; nhiệm vụ gần nhất đến hạn ngày 30/11/2026.",
                        "Chưa có nhiệm vụ đến hạn; nhiệm vụ gần nhất đến hạn ngày 30/11/2026."),
                Arguments.of(completedEarly(unit(Verdict.NOT_YET_DUE, 2, 0, 0, LocalDate.of(2026, 11, 30)), 1),
                        "Sở Nội vụ chưa có nhiệm vụ đến hạn; đã hoàn thành trước hạn 1 nhiệm vụ; nhiệm vụ gần nhất đến "
                                + "hạn ngày 30/11/2026.", null),
                Arguments.of(unit(Verdict.NOT_YET_DUE, 0, 0, 0, null),
                        "Sở Nội vụ không chủ trì nhiệm vụ nào của kế hoạch; các chỉ số chưa được đánh giá theo chỉ tiêu "
                                + "trong kỳ.", null));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void eachVerdictReadsAsOneSentenceWithoutSymbols(LaggingUnit unit, String sentence, String cell) {
        Messages vi = Messages.of(Language.VI);
        assertThat(LaggingWording.sentence(unit, vi)).isEqualTo(sentence).doesNotContain("<", ">", "≥", "≤");
        if (cell != null) {
            assertThat(LaggingWording.cell(unit, vi)).isEqualTo(cell);
        }
        assertThat(LaggingWording.sentence(unit, Messages.of(Language.EN))).startsWith("Sở Nội vụ ").endsWith(".")
                .doesNotContain("<", ">");
    }
}
