package vn.cchc.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.UnitStanding;

/** A unit's reform-index standing as a report's sentence and as a sentence of its own, in both languages. */
class StandingWordingTest {

    static final Messages VI = Messages.of(Language.VI);
    static final Messages EN = Messages.of(Language.EN);

    @Test
    void aStandingIsCitedWithItsYearRankAndGroupAndSaysWhenItIsProvisional() {
        UnitStanding locked = new UnitStanding(2025, IndexGroup.DEPARTMENTS, new BigDecimal("76.50"), 13, true, 14, true);
        UnitStanding open = new UnitStanding(2025, IndexGroup.COMMUNES, new BigDecimal("90.5"), 1, false, 8, false);

        assertThat(StandingWording.phrase(locked, VI)).isEqualTo("Chỉ số CCHC năm 2025 đạt 76,50%, đồng hạng 13/14 sở, ban, ngành");
        assertThat(StandingWording.phrase(open, VI))
                .isEqualTo("Chỉ số CCHC năm 2025 đạt 90,50%, xếp hạng 1/8 xã, phường (kết quả tạm tính, chưa khóa)");
        assertThat(StandingWording.phrase(open, EN))
                .isEqualTo("its 2025 reform index is 90.50%, ranked 1 of 8 communes and wards (provisional, not locked)");
        assertThat(StandingWording.sentence(open, EN))
                .isEqualTo("Its 2025 reform index is 90.50%, ranked 1 of 8 communes and wards (provisional, not locked).");
    }
}
