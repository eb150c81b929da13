package vn.cchc.dashboard.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.dashboard.domain.imports.ImportAreas.UNITS;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

class UnitMatcherTest {

    final UnitMatcher matcher2023 = new UnitMatcher(UNITS, 2023);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sở Tư pháp|3", "SỞ TƯ PHÁP|3", "so tu phap|3", "Sở  Tư   pháp |3",
            "Sở TT&TT|5", "Sở TT & TT|5", "Sở TTTT|5", "Sở Thông tin & Truyền thông|5",
            "UBND tỉnh|1", "Ủy ban nhân dân tỉnh|1", "Uỷ ban nhân dân tỉnh Minh Giang|1",
            "VP UBND tỉnh|6", "Văn phòng Ủy ban nhân dân tỉnh|6", "VP. UBND tỉnh|6",
            "Sở LĐ-TB&XH|7", "Sở LĐTBXH|7", "Sở Lao động – Thương binh và Xã hội|7",
            "Sở VH,TT&DL|8", "Sở VHTTDL|8", "Sở KH&CN|4"})
    void aNameMatchesItsUnitHoweverItIsWritten(String written, long id) {
        assertThat(matcher2023.match(written)).map(Unit::id).contains(id);
    }

    @Test
    void decomposedUnicodeMatchesComposed() {
        String nfd = Normalizer.normalize("Sở Tư pháp", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Sở Tư pháp");
        assertThat(matcher2023.match(nfd)).map(Unit::id).contains(3L);
    }

    @Test
    void anUnknownNameMatchesNothingAndAnAcronymOfNoUnitNeither() {
        assertThat(matcher2023.match("Sở Ngoại vụ")).isEmpty();
        assertThat(matcher2023.match("Sở XY&Z")).isEmpty();
    }

    @Test
    void aMergedUnitLeadsToItsSuccessorInLaterYears() {
        UnitMatcher matcher2026 = new UnitMatcher(UNITS, 2026);
        Optional<Unit> found = matcher2026.match("Sở TT&TT");
        assertThat(found).map(Unit::id).contains(5L);
        assertThat(matcher2026.inPlanYear(found.orElseThrow())).map(Unit::name).contains("Sở Khoa học và Công nghệ");
        assertThat(matcher2023.inPlanYear(found.orElseThrow())).map(Unit::id).contains(5L);
    }

    @Test
    void aCellNamingSeveralUnitsIsSplitWithoutBreakingNamesWithCommas() {
        assertThat(UnitNames.split("Sở Văn hóa, Thể thao và Du lịch")).containsExactly("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(UnitNames.split("Sở Lao động - Thương binh và Xã hội")).containsExactly("Sở Lao động - Thương binh và Xã hội");
        assertThat(UnitNames.split("Sở Nội vụ, Sở Tư pháp")).containsExactly("Sở Nội vụ", "Sở Tư pháp");
        assertThat(UnitNames.split("Sở Nội vụ\nVăn phòng UBND tỉnh")).containsExactly("Sở Nội vụ", "Văn phòng UBND tỉnh");
        assertThat(UnitNames.split("Sở Tư pháp và Sở Nội vụ; - UBND các xã"))
                .containsExactly("Sở Tư pháp", "Sở Nội vụ", "UBND các xã");
        assertThat(UnitNames.split("Các sở, ban, ngành; UBND các xã")).containsExactly("Các sở, ban, ngành", "UBND các xã");
    }

    @Test
    void collectiveNamesAndKindsOfNewUnits() {
        assertThat(UnitNames.isCollective("Các sở, ban, ngành")).isTrue();
        assertThat(UnitNames.isCollective("UBND cấp xã")).isTrue();
        assertThat(UnitNames.isCollective("Ban Quản lý các khu công nghiệp tỉnh")).isFalse();
        assertThat(UnitNames.guessKind("Sở Ngoại vụ")).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(UnitNames.guessKind("UBND xã Phú Xuân")).isEqualTo(UnitKind.COMMUNE);
        assertThat(UnitNames.guessKind("UBND huyện An Phú")).isEqualTo(UnitKind.DISTRICT);
        assertThat(UnitNames.guessKind("Công an tỉnh")).isEqualTo(UnitKind.CENTRAL_AGENCY);
        assertThat(UnitNames.guessKind("Ban Dân tộc")).isEqualTo(UnitKind.BOARD);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "UBND tỉnh Hưng Yên, PROVINCE",
            "Ủy ban nhân dân tỉnh Thái Bình, PROVINCE",
            "UBND thành phố Hà Nội, PROVINCE",
            "UBND TP. Hồ Chí Minh, PROVINCE",
            "UBND thành phố Hải Dương, DISTRICT",
            "UBND thị xã Mỹ Hào, DISTRICT",
            "UBND phường Sơn Nam, COMMUNE",
            "BHXH tỉnh, CENTRAL_AGENCY",
            "Thuế tỉnh Hưng Yên, CENTRAL_AGENCY"})
    void importGuessesAUnitsKindFromHowItsNameStarts(String name, UnitKind kind) {
        assertThat(UnitNames.guessKind(name)).isEqualTo(kind);
    }
}
