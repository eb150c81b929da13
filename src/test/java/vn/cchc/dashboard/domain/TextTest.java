package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void cleanNormalisesToNfcAndFoldsWhiteSpace() {
        String nfd = Normalizer.normalize("Sở  Nội\u00A0vụ ", Normalizer.Form.NFD);
        assertThat(Text.clean(nfd)).isEqualTo("Sở Nội vụ");
        assertThat(Normalizer.isNormalized(Text.clean(nfd), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void foldIgnoresDiacriticsCaseAndDStroke() {
        assertThat(Text.fold("Hồ sơ")).isEqualTo("ho so");
        assertThat(Text.fold("ĐẨY MẠNH")).isEqualTo("day manh");
        assertThat(Text.fold(Normalizer.normalize("Quý", Normalizer.Form.NFD))).isEqualTo("quy");
    }

    @Test
    void vietnameseOrderPutsDStrokeAfterDAndHookedLettersAfterTheirBase() {
        List<String> names = new ArrayList<>(List.of("UBND xã Ứng Hòa", "Sở Y tế", "Đài Phát thanh", "Sở Du lịch",
                "UBND xã Uy Nỗ", "Ban Dân tộc", "Sở Ăn uống", "Sở An ninh"));
        names.sort(Text.vietnameseOrder());
        assertThat(names).containsExactly("Ban Dân tộc", "Đài Phát thanh", "Sở An ninh", "Sở Ăn uống", "Sở Du lịch",
                "Sở Y tế", "UBND xã Uy Nỗ", "UBND xã Ứng Hòa");
    }
}
