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

    /**
     * The short cut that skips the normaliser holds for every pair of the characters it trusts: below the combining
     * marks, and the precomposed Vietnamese letters; a combining mark after any of them still goes to the normaliser.
     */
    @Test
    void cleanSkipsTheNormaliserOnlyWhereNfcWouldChangeNothing() {
        List<Character> trusted = new ArrayList<>();
        for (char c = 0x21; c < 0x300; c++) {
            trusted.add(c);
        }
        for (char c = 0x1EA0; c <= 0x1EF9; c++) {
            trusted.add(c);
        }
        List<String> changed = new ArrayList<>();
        for (char first : trusted) {
            for (char second : trusted) {
                String pair = "" + first + second;
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    changed.add(pair);
                }
            }
            String decomposed = "" + first + '\u0301';
            assertThat(Text.clean(decomposed)).isEqualTo(Text.clean(Normalizer.normalize(decomposed, Normalizer.Form.NFC)));
        }
        assertThat(changed).isEmpty();
        assertThat(Text.clean("Nguye\u0302\u0303n")).isEqualTo("Nguyễn");
        assertThat(Text.clean("Nguyễn Thị Hạnh")).isEqualTo("Nguyễn Thị Hạnh");
        assertThat(Text.clean(" Trần  Văn\tNam ")).isEqualTo("Trần Văn Nam");
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
