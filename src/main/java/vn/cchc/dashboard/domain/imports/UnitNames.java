package vn.cchc.dashboard.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Remembered;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.UnitKind;

/**
 * Unit names as plans write them: several in one cell, abbreviated ("Sở TT&TT", "VP UBND tỉnh"), in either
 * Unicode form, with stray spaces. This turns them into keys that match regardless, and splits a cell into the
 * units it names.
 */
public final class UnitNames {

    /** Words that start the name of a body; a capitalised one after a comma or "và" starts another unit. */
    private static final Pattern NEXT_UNIT = Pattern.compile(
            "\\s*(?:[,;+]|\\s-\\s|\\sv\u00e0\\s)\\s*(?=(?:S\u1edf|UBND|\u1ee6y ban|Uỷ ban|V\u0103n ph\u00f2ng|VP|Ban|Thanh tra|"
                    + "C\u00f4ng an|B\u1ea3o hi\u1ec3m|BHXH|C\u1ee5c|Chi c\u1ee5c|Kho b\u1ea1c|Thu\u1ebf|\u0110\u00e0i|H\u1ed9i|"
                    + "Li\u00ean \u0111o\u00e0n|Tr\u01b0\u1eddng|B\u1ed9|T\u1ec9nh \u0111o\u00e0n|\u0110o\u00e0n|C\u00e1c|Ng\u00e2n h\u00e0ng)(?:\\s|$))");
    /** Spelled-out forms of the abbreviations offices use, in folded text. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "uy ban nhan dan", "ubnd",
            "vp", "van phong",
            "tp", "thanh pho",
            "tx", "thi xa",
            "bql", "ban quan ly",
            "kcn", "khu cong nghiep",
            "bhxh", "bao hiem xa hoi",
            "ca tinh", "cong an tinh");
    private static final Pattern ACRONYM = Pattern.compile("(S\u1edf|B\u1ed9)\\s+([A-Z\u0110]{1,4}(?:\\s*[&,\\-–.]?\\s*[A-Z\u0110]{1,4})*)");
    private static final Pattern COLLECTIVE = Pattern.compile(
            "^(cac |tat ca )|\\b(cac|cap) (xa|huyen|phuong|so|dia phuong|co quan|don vi)\\b|co lien quan");

    private UnitNames() {
    }

    /**
     * Cells split so far, and names found collective or not: a plan names the same few dozen units on each of its rows,
     * and the check asks about each row's cells more than once. Emptied when they grow past any real list of units.
     */
    private static final Remembered<String, List<String>> SPLITS = new Remembered<>(UnitNames::splitNow);
    private static final Remembered<String, Boolean> COLLECTIVES =
            new Remembered<>(name -> COLLECTIVE.matcher(Text.fold(name)).find());

    /** The units a lead or cooperation cell names, in order. */
    public static List<String> split(String cell) {
        return SPLITS.get(cell);
    }

    private static List<String> splitNow(String cell) {
        List<String> names = new ArrayList<>();
        for (String line : cell.split("\\R|;")) {
            for (String piece : NEXT_UNIT.split(line)) {
                String name = Text.clean(piece.replaceFirst("^[-+•*–]+\\s*", ""));
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * Keys worked out so far: an import asks for the key of the same few dozen unit names on each of its rows (a
     * national appendix: 10.000 rows). Emptied when it grows past any real list of units.
     */
    private static final Remembered<String, String> KEYS = new Remembered<>(UnitNames::keyOf);

    /** The key two spellings of one unit share: folded, abbreviations spelled out, punctuation and spaces evened. */
    public static String key(String name) {
        return KEYS.get(name);
    }

    private static String keyOf(String name) {
        // Spelled out first, so that "Sở LĐ, TB&XH" and "Sở Lao động – TB và XH" share the full name's key.
        String key = " " + Text.fold(FullUnitNames.of(name)).replace('–', '-').replace("&", " va ")
                .replaceAll("[,.;:()\\-/'\"]", " ").replaceAll("\\s+", " ") + " ";
        for (Map.Entry<String, String> abbreviation : ABBREVIATIONS.entrySet()) {
            key = key.replace(" " + abbreviation.getKey() + " ", " " + abbreviation.getValue() + " ");
        }
        return key.strip();
    }

    /** "Sở TT&TT" → "tttt", the initials a full name "Sở Thông tin và Truyền thông" also gives; empty when not an acronym. */
    public static String acronym(String name) {
        Matcher m = ACRONYM.matcher(Text.clean(name));
        if (!m.matches()) {
            return "";
        }
        return Text.fold(m.group(1)) + " " + Text.fold(m.group(2)).replaceAll("[^a-z]", "");
    }

    /** The initials of a full name after its first word, "và" left out: "Sở Kế hoạch và Đầu tư" → "so khdt". */
    public static String initials(String name) {
        String[] words = key(name).split(" ");
        if (words.length < 2) {
            return "";
        }
        StringBuilder initials = new StringBuilder(words[0]).append(' ');
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals("va")) {
                initials.append(words[i].charAt(0));
            }
        }
        return initials.toString();
    }

    /** "Các sở, ban, ngành", "UBND các xã", "các cơ quan có liên quan": many bodies, no one in particular. */
    public static boolean isCollective(String name) {
        return COLLECTIVES.get(name);
    }

    /** A kind for a unit the import creates, from how its name starts. */
    public static UnitKind guessKind(String name) {
        String key = key(name);
        // The centrally-run cities are provinces: a national workbook lists "UBND thành phố Hà Nội" among the
        // "UBND tỉnh …", and calling it a district would group it with communes after 1/7/2025.
        if (key.matches("ubnd (tinh|thanh pho (ha noi|ho chi minh|hai phong|da nang|can tho|hue)$).*")) {
            return UnitKind.PROVINCE;
        }
        if (key.matches("ubnd (huyen|thi xa|thanh pho|quan) .*")) {
            return UnitKind.DISTRICT;
        }
        if (key.matches("ubnd (xa|phuong|thi tran|dac khu) .*")) {
            return UnitKind.COMMUNE;
        }
        if (key.matches("(so|van phong|thanh tra) .*")) {
            return UnitKind.DEPARTMENT;
        }
        if (key.startsWith("ban ")) {
            return UnitKind.BOARD;
        }
        if (key.startsWith("bo ")) {
            return UnitKind.MINISTRY;
        }
        if (key.matches("(cong an|bao hiem xa hoi|thue|cuc|chi cuc|kho bac|ngan hang) .*")) {
            return UnitKind.CENTRAL_AGENCY;
        }
        return UnitKind.OTHER;
    }

}
