package vn.cchc.dashboard.domain.national;

import java.util.Map;
import vn.cchc.dashboard.domain.Text;

/**
 * Tells whether two spellings name the same province. Files write "Tỉnh Hưng Yên", "Hưng Yên", "TP. Hồ Chí Minh",
 * "Thành phố Hà Nội", "Hoà Bình" or "Hòa Bình" (old and new tone placement), composed or decomposed: the key drops
 * the prefix, diacritics, case and punctuation. No two of the 63 (or 34) provinces share a key.
 */
public final class ProvinceNames {

    /** Spellings still met in files for a province whose name the key alone does not join. */
    private static final Map<String, String> SAME_PROVINCE = Map.of(
            "hcm", "hochiminh",
            "baccan", "backan",
            "thuathienhue", "hue");

    private ProvinceNames() {
    }

    /** The name without "tỉnh", "thành phố" or "TP.", as a reader says it: "Tỉnh Hưng Yên" → "Hưng Yên". */
    public static String withoutPrefix(String name) {
        String clean = Text.clean(name == null ? "" : name);
        String stripped = clean.replaceFirst("(?iu)^(tỉnh|thành phố|tp\\.?)\\s+", "");
        return stripped.isEmpty() ? clean : stripped;
    }

    /** The key two spellings of one province share. */
    public static String key(String name) {
        String folded = Text.fold(withoutPrefix(name)).replaceAll("[^a-z0-9]+", " ").strip();
        folded = folded.replaceFirst("^(tinh|thanh pho|tp)\\s+", "").replace(" ", "");
        return SAME_PROVINCE.getOrDefault(folded, folded);
    }

    public static boolean same(String a, String b) {
        String key = key(a);
        return !key.isEmpty() && key.equals(key(b));
    }
}
