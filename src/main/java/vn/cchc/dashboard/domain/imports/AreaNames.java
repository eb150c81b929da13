package vn.cchc.dashboard.domain.imports;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Text;

/**
 * Reads which reform area a section heading or an area cell names: its code ("TTHC"), the words that give each
 * standard area away even when a province words it its own way ("chính quyền số" for "Chính phủ số"), or failing
 * those the area whose name shares most words with it.
 */
public final class AreaNames {

    /** Telling phrases of the standard areas, by code; an area a programme does not have is simply not found. */
    private static final Map<String, List<String>> TELLING = Map.of(
            "CDDH", List.of("chi dao", "dieu hanh"),
            "TC", List.of("the che"),
            "TTHC", List.of("thu tuc hanh chinh"),
            "TCBM", List.of("bo may"),
            "CV", List.of("che do cong vu", "cong vu", "cong chuc"),
            "CBCCVC", List.of("doi ngu can bo", "cong chuc"),
            "TCC", List.of("tai chinh cong"),
            "CPS", List.of("chinh phu dien tu", "chinh phu so", "chinh quyen dien tu", "chinh quyen so",
                    "hien dai hoa", "chuyen doi so"),
            "HDH", List.of("hien dai hoa", "chinh quyen dien tu"));
    private static final double ENOUGH_SHARED_WORDS = 0.5;

    private AreaNames() {
    }

    public static Optional<ReformArea> find(String text, Collection<ReformArea> areas) {
        String folded = Text.fold(text);
        if (folded.isBlank()) {
            return Optional.empty();
        }
        for (ReformArea area : areas) {
            if (Text.fold(area.code()).equals(folded) || Text.fold(area.name()).equals(folded)) {
                return Optional.of(area);
            }
        }
        for (ReformArea area : areas) {
            if (TELLING.getOrDefault(area.code(), List.of()).stream().anyMatch(folded::contains)) {
                return Optional.of(area);
            }
        }
        Set<String> words = words(folded);
        ReformArea best = null;
        double bestShare = ENOUGH_SHARED_WORDS;
        for (ReformArea area : areas) {
            Set<String> theirs = words(Text.fold(area.name()));
            Set<String> shared = new HashSet<>(words);
            shared.retainAll(theirs);
            Set<String> all = new HashSet<>(words);
            all.addAll(theirs);
            double share = (double) shared.size() / all.size();
            if (share >= bestShare) {
                best = area;
                bestShare = share;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> words(String folded) {
        Set<String> words = new HashSet<>(Arrays.asList(folded.split("[^a-z0-9]+")));
        words.remove("");
        return words;
    }
}
