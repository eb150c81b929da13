package vn.cchc.dashboard.domain.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One province however a file spells it, and never two provinces taken for one. */
class ProvinceNamesTest {

    @ParameterizedTest(name = "«{0}» is «{1}»")
    @CsvSource(delimiter = '|', value = {
            "Tỉnh Hưng Yên|Hưng Yên",
            "TỈNH HƯNG YÊN|hưng yên",
            "Thành phố Hà Nội|Hà Nội",
            "TP. Hồ Chí Minh|Hồ Chí Minh",
            "TP Hồ Chí Minh|Thành phố Hồ Chí Minh",
            "TP.HCM|Hồ Chí Minh",
            "Hoà Bình|Hòa Bình",
            "Khánh Hoà|Tỉnh Khánh Hòa",
            "Bà Rịa - Vũng Tàu|Bà Rịa – Vũng Tàu",
            "Bắc Cạn|Bắc Kạn",
            "Thừa Thiên Huế|Thành phố Huế",
            "Hưng  Yên|Hưng Yên"})
    void spellingsOfOneProvinceShareAKey(String one, String other) {
        assertThat(ProvinceNames.same(one, other)).isTrue();
    }

    @ParameterizedTest(name = "«{0}» is not «{1}»")
    @CsvSource(delimiter = '|', value = {
            "Hà Nam|Hà Nội",
            "Quảng Nam|Quảng Ninh",
            "Bắc Giang|Bắc Ninh",
            "Thái Bình|Thái Nguyên",
            "|"})
    void differentProvincesDoNot(String one, String other) {
        assertThat(ProvinceNames.same(one, other)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Tỉnh Hưng Yên|Hưng Yên", "Thành phố Hải Phòng|Hải Phòng",
            "TP. Hồ Chí Minh|Hồ Chí Minh", "Hà Nội|Hà Nội"})
    void thePrefixIsDroppedForReading(String written, String read) {
        assertThat(ProvinceNames.withoutPrefix(written)).isEqualTo(read);
        assertThat(ProvinceNames.withoutPrefix(Normalizer.normalize(written, Normalizer.Form.NFD))).isEqualTo(read);
    }
}
