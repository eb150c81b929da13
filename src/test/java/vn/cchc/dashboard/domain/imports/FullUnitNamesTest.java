package vn.cchc.dashboard.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullUnitNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // Lao động - Thương binh và Xã hội, however offices write it
            "Sở LĐ-TB&XH|Sở Lao động - Thương binh và Xã hội",
            "Sở LĐTBXH|Sở Lao động - Thương binh và Xã hội",
            "Sở LĐ, TB&XH|Sở Lao động - Thương binh và Xã hội",
            "Sở LĐTB&XH|Sở Lao động - Thương binh và Xã hội",
            "Sở Lao động – TB và XH|Sở Lao động - Thương binh và Xã hội",
            "SỞ LĐ-TB&XH|Sở Lao động - Thương binh và Xã hội",
            "Sở TT&TT|Sở Thông tin và Truyền thông",
            "Sở TTTT|Sở Thông tin và Truyền thông",
            "Sở TT & TT|Sở Thông tin và Truyền thông",
            "Sở Thông tin & Truyền thông|Sở Thông tin và Truyền thông",
            "Sở KH&ĐT|Sở Kế hoạch và Đầu tư",
            "Sở KHĐT|Sở Kế hoạch và Đầu tư",
            "Sở KH-ĐT|Sở Kế hoạch và Đầu tư",
            "Sở KH và ĐT|Sở Kế hoạch và Đầu tư",
            "Sở NN&PTNT|Sở Nông nghiệp và Phát triển nông thôn",
            "Sở TN&MT|Sở Tài nguyên và Môi trường",
            "Sở TNMT|Sở Tài nguyên và Môi trường",
            "Sở GD&ĐT|Sở Giáo dục và Đào tạo",
            "Sở GD-ĐT|Sở Giáo dục và Đào tạo",
            "Sở VH,TT&DL|Sở Văn hóa, Thể thao và Du lịch",
            "Sở VHTTDL|Sở Văn hóa, Thể thao và Du lịch",
            "Sở VH-TT&DL|Sở Văn hóa, Thể thao và Du lịch",
            "Sở GTVT|Sở Giao thông vận tải",
            "Sở KH&CN|Sở Khoa học và Công nghệ",
            "Sở NN&MT|Sở Nông nghiệp và Môi trường",
            "Sở DT&TG|Sở Dân tộc và Tôn giáo",
            "Sở TT&TT tỉnh Hưng Yên|Sở Thông tin và Truyền thông tỉnh Hưng Yên",
            // The provincial office, in the form the app's units use
            "VP UBND tỉnh|Văn phòng UBND tỉnh",
            "VPUBND tỉnh|Văn phòng UBND tỉnh",
            "VP. UBND tỉnh|Văn phòng UBND tỉnh",
            "Văn phòng UBND tỉnh|Văn phòng UBND tỉnh",
            "Văn phòng Ủy ban nhân dân tỉnh|Văn phòng UBND tỉnh",
            "Văn phòng Uỷ ban nhân dân tỉnh|Văn phòng UBND tỉnh",
            // Boards, central agencies in the province, companies
            "BQL các KCN|Ban Quản lý các khu công nghiệp",
            "Ban QL các KCN tỉnh|Ban Quản lý các khu công nghiệp tỉnh",
            "BHXH tỉnh|Bảo hiểm xã hội tỉnh",
            "BHXH tỉnh Hưng Yên|Bảo hiểm xã hội tỉnh Hưng Yên",
            "CA tỉnh|Công an tỉnh",
            "KBNN tỉnh|Kho bạc Nhà nước tỉnh",
            "TT PVHCC tỉnh|Trung tâm Phục vụ hành chính công tỉnh",
            "Đài PT-TH tỉnh|Đài Phát thanh và Truyền hình tỉnh",
            "Cty Điện lực Hưng Yên|Công ty Điện lực Hưng Yên",
            "Cty CP Nước sạch Hưng Yên|Công ty cổ phần Nước sạch Hưng Yên",
            "C.ty TNHH MTV Khai thác công trình thủy lợi|Công ty TNHH MTV Khai thác công trình thủy lợi",
            // Local committees: the level spelled out, in lower case
            "UBND TP Hưng Yên|UBND thành phố Hưng Yên",
            "UBND TP. Hưng Yên|UBND thành phố Hưng Yên",
            "UBND Tp.Hưng Yên|UBND thành phố Hưng Yên",
            "UBND TX Mỹ Hào|UBND thị xã Mỹ Hào",
            "UBND TX. Mỹ Hào|UBND thị xã Mỹ Hào",
            "UBND H. Văn Giang|UBND huyện Văn Giang",
            "UBND huyện Văn Giang|UBND huyện Văn Giang",
            "UBND Huyện Văn Giang|UBND huyện Văn Giang",
            "Ủy ban nhân dân huyện Văn Giang|UBND huyện Văn Giang",
            "UBND TT. Như Quỳnh|UBND thị trấn Như Quỳnh",
            "UBND tỉnh|UBND tỉnh",
            // Names that must stay as written: full names, names of ordinary words, acronyms that could be two bodies
            "Sở Ngoại vụ|Sở Ngoại vụ",
            "Sở Nội vụ|Sở Nội vụ",
            "Sở NV|Sở NV",
            "Sở KH|Sở KH",
            "Sở Tài chính|Sở Tài chính",
            "Sở Công Thương|Sở Công Thương",
            "Sở Giáo dục và Đào tạo|Sở Giáo dục và Đào tạo",
            "Sở Xây dựng|Sở Xây dựng",
            "SỞ TƯ PHÁP|SỞ TƯ PHÁP",
            "Thanh tra tỉnh|Thanh tra tỉnh",
            "Ban Dân tộc tỉnh|Ban Dân tộc tỉnh",
            "Ban Tuyên giáo Tỉnh ủy|Ban Tuyên giáo Tỉnh ủy",
            "Trung tâm Công nghệ thông tin và Truyền thông|Trung tâm Công nghệ thông tin và Truyền thông",
            "Công an tỉnh|Công an tỉnh",
            "Cục Thuế tỉnh|Cục Thuế tỉnh",
            "UBND thành phố Hà Nội|UBND thành phố Hà Nội",
            "UBND xã Phú Xuân|UBND xã Phú Xuân",
            "UBND các huyện, TP|UBND các huyện, TP",
            "Các sở, ban, ngành|Các sở, ban, ngành",
            "Hội LHPN tỉnh|Hội LHPN tỉnh"})
    void aNameAsOfficesWriteItGivesTheUnitsFullName(String written, String full) {
        assertThat(FullUnitNames.of(written)).isEqualTo(full);
        assertThat(FullUnitNames.of(Normalizer.normalize(written, Normalizer.Form.NFD))).isEqualTo(full);
        assertThat(Normalizer.isNormalized(FullUnitNames.of(written), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void everySpellingOfOneUnitSharesItsKeyAndTwoUnitsWithTheSameInitialsDoNot() {
        assertThat(UnitNames.key("Sở LĐ, TB&XH")).isEqualTo(UnitNames.key("Sở Lao động – Thương binh và Xã hội"))
                .isEqualTo(UnitNames.key("Sở Lao động – TB và XH"));
        assertThat(UnitNames.key("VPUBND tỉnh")).isEqualTo(UnitNames.key("Văn phòng Ủy ban nhân dân tỉnh"));
        assertThat(UnitNames.key("Sở Ngoại vụ")).isNotEqualTo(UnitNames.key("Sở Nội vụ"));
        assertThat(UnitNames.key("Sở KH")).isNotEqualTo(UnitNames.key("Sở KH&ĐT")).isNotEqualTo(UnitNames.key("Sở KH&CN"));
    }

    @Test
    void aCollectiveNameOfDistrictsAndCitiesStaysCollective() {
        assertThat(UnitNames.isCollective("UBND các huyện, TP")).isTrue();
        assertThat(UnitNames.split("UBND các huyện, TP")).containsExactly("UBND các huyện, TP");
    }
}
