package vn.cchc.dashboard.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Remembered;
import vn.cchc.dashboard.domain.Text;

/**
 * A unit's full name from the way an office writes it: "Sở LĐ-TB&XH" → "Sở Lao động - Thương binh và Xã hội",
 * "VPUBND tỉnh" → "Văn phòng UBND tỉnh", "UBND TP. Hưng Yên" → "UBND thành phố Hưng Yên". Names are written in the
 * form the app's units use ("UBND …", "Văn phòng UBND tỉnh"), so a unit an import creates reads like the others.
 *
 * <p>Only forms known to mean one body are expanded: a name of ordinary words stays as written (its initials may look
 * like an acronym – "Sở Ngoại vụ" and "Sở Nội vụ" share theirs), and an acronym this table does not know ("Sở KH", which
 * could be Kế hoạch or Khoa học) stays an acronym for the user to match.
 */
public final class FullUnitNames {

    /**
     * The departments by the letters of their usual abbreviations (folded, without "và"), before and after the 2025
     * mergers. "NV" is left out on purpose: it is both Nội vụ and Ngoại vụ.
     */
    private static final Map<String, String> DEPARTMENTS = Map.ofEntries(
            Map.entry("khdt", "Sở Kế hoạch và Đầu tư"),
            Map.entry("ldtbxh", "Sở Lao động - Thương binh và Xã hội"),
            Map.entry("tttt", "Sở Thông tin và Truyền thông"),
            Map.entry("khcn", "Sở Khoa học và Công nghệ"),
            Map.entry("nnptnt", "Sở Nông nghiệp và Phát triển nông thôn"),
            Map.entry("tnmt", "Sở Tài nguyên và Môi trường"),
            Map.entry("nnmt", "Sở Nông nghiệp và Môi trường"),
            Map.entry("gddt", "Sở Giáo dục và Đào tạo"),
            Map.entry("vhttdl", "Sở Văn hóa, Thể thao và Du lịch"),
            Map.entry("gtvt", "Sở Giao thông vận tải"),
            Map.entry("dttg", "Sở Dân tộc và Tôn giáo"),
            Map.entry("xd", "Sở Xây dựng"),
            Map.entry("tc", "Sở Tài chính"),
            Map.entry("ct", "Sở Công Thương"),
            Map.entry("yt", "Sở Y tế"),
            Map.entry("tp", "Sở Tư pháp"));

    /** "Sở" and what follows, a place ("tỉnh Hưng Yên") kept apart so that it does not count among the initials. */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?iu)^s\u1edf\\s+(.+?)(\\s+(?:t\u1ec9nh|th\u00e0nh ph\u1ed1)(?:\\s.*)?)?$");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,&.\\-\u2013\u2014/]+");

    /** Abbreviated openings of a name, each with the words the app writes instead; the first that matches applies. */
    private static final List<Rule> OPENINGS = List.of(
            new Rule("(?iu)^(?:VP\\.?\\s*UBND|V\u0103n ph\u00f2ng\\s+(?:\u1ee6y|U\u1ef7) ban nh\u00e2n d\u00e2n|VP\\.?\\s+(?:\u1ee6y|U\u1ef7) ban nh\u00e2n d\u00e2n)(?=\\s|$)",
                    "V\u0103n ph\u00f2ng UBND"),
            new Rule("(?iu)^(?:\u1ee6y|U\u1ef7) ban nh\u00e2n d\u00e2n(?=\\s|$)", "UBND"),
            new Rule("(?iu)^(?:BQL|Ban QL)(?=\\s|$)", "Ban Qu\u1ea3n l\u00fd"),
            new Rule("(?u)^BHXH(?=\\s|$)", "B\u1ea3o hi\u1ec3m x\u00e3 h\u1ed9i"),
            new Rule("(?u)^KBNN(?=\\s|$)", "Kho b\u1ea1c Nh\u00e0 n\u01b0\u1edbc"),
            new Rule("(?u)^CA(?=\\s+t\u1ec9nh)", "C\u00f4ng an"),
            new Rule("(?iu)^(?:TT\\.?\\s*PVHCC|Trung t\u00e2m\\s+PVHCC)(?=\\s|$)",
                    "Trung t\u00e2m Ph\u1ee5c v\u1ee5 h\u00e0nh ch\u00ednh c\u00f4ng"),
            new Rule("(?iu)^\u0110\u00e0i\\s+PT\\s*(?:-|&|v\u00e0)?\\s*TH(?=\\s|$)",
                    "\u0110\u00e0i Ph\u00e1t thanh v\u00e0 Truy\u1ec1n h\u00ecnh"),
            new Rule("(?iu)^(?:C\\.\\s?ty|Cty)\\.?(?:\\s+|/)(?:CP(?=\\s|$))", "C\u00f4ng ty c\u1ed5 ph\u1ea7n"),
            new Rule("(?iu)^(?:C\\.\\s?ty|Cty)\\.?(?:\\s+|/)", "C\u00f4ng ty "));

    /** What an abbreviation inside a name stands for, once its opening is spelled out. */
    private static final List<Rule> INSIDE = List.of(
            new Rule("(?u)(?<=\\s)KCN(?=\\s|$)", "khu c\u00f4ng nghi\u1ec7p"),
            new Rule("(?u)(?<=\\s)KKT(?=\\s|$)", "Khu kinh t\u1ebf"));

    /** The level of a local committee after "UBND": "TP." is thành phố, "H." huyện, "Huyện" written in lower case. */
    private static final List<Rule> LOCAL_LEVELS = List.of(
            new Rule("(?iu)^UBND\\s+TP(?:\\.\\s*|\\s+)", "UBND th\u00e0nh ph\u1ed1 "),
            new Rule("(?iu)^UBND\\s+TX(?:\\.\\s*|\\s+)", "UBND th\u1ecb x\u00e3 "),
            new Rule("(?iu)^UBND\\s+TT\\.\\s*", "UBND th\u1ecb tr\u1ea5n "),
            new Rule("(?u)^UBND\\s+H\\.\\s*", "UBND huy\u1ec7n "),
            new Rule("(?u)^UBND\\s+Q\\.\\s*", "UBND qu\u1eadn "),
            new Rule("(?u)^UBND\\s+P\\.\\s*", "UBND ph\u01b0\u1eddng "));
    private static final Pattern CAPITAL_LEVEL = Pattern.compile(
            "(?u)^UBND\\s+(T\u1ec9nh|Huy\u1ec7n|Th\u00e0nh ph\u1ed1|Th\u1ecb x\u00e3|Th\u1ecb tr\u1ea5n|Qu\u1eadn|X\u00e3|Ph\u01b0\u1eddng)(?=\\s|$)");

    private FullUnitNames() {
    }

    /**
     * Full names worked out so far: an import asks for the full name of the unit each row creates, the same few names
     * over thousands of rows, and the rules are a dozen regular expressions. Emptied past any real list of units.
     */
    private static final Remembered<String, String> FULL_NAMES = new Remembered<>(FullUnitNames::spelledOut);

    /** The full name {@code written} stands for; itself (cleaned, NFC) when it is not an abbreviation this knows. */
    public static String of(String written) {
        if (written == null) {
            return "";
        }
        return FULL_NAMES.get(written);
    }

    private static String spelledOut(String written) {
        String name = Text.clean(written);
        if (name == null || name.isEmpty() || UnitNames.isCollective(name)) {
            // "UBND các huyện, TP" names many bodies: no unit is ever created under it.
            return name == null ? "" : name;
        }
        String department = department(name);
        if (department != null) {
            return department;
        }
        for (Rule rule : OPENINGS) {
            String replaced = rule.apply(name);
            if (!replaced.equals(name)) {
                name = replaced;
                break;
            }
        }
        for (Rule rule : INSIDE) {
            name = rule.apply(name);
        }
        return localLevel(name);
    }

    private static String department(String name) {
        Matcher m = DEPARTMENT.matcher(name);
        if (!m.matches() || !abbreviated(m.group(1))) {
            return null;
        }
        String full = DEPARTMENTS.get(letters(m.group(1)));
        if (full == null) {
            return null;
        }
        return m.group(2) == null ? full : full + m.group(2);
    }

    /** True when the words after "Sở" hold an abbreviation: a word of capitals ("LĐ", "TTTT") or an "&". */
    private static boolean abbreviated(String words) {
        if (words.contains("&")) {
            return true;
        }
        for (String word : WORD_BREAK.split(words)) {
            if (word.length() >= 2 && isCapitals(word) && !Text.fold(word).equals("va")) {
                return true;
            }
        }
        return false;
    }

    /** "LĐ-TB&XH" → "ldtbxh", "Lao động – TB và XH" → "ldtbxh": a word of capitals gives all its letters, others one. */
    private static String letters(String words) {
        List<String> parts = new ArrayList<>();
        for (String word : WORD_BREAK.split(words)) {
            String folded = Text.fold(word).replaceAll("[^a-z]", "");
            if (folded.isEmpty() || folded.equals("va")) {
                continue;
            }
            parts.add(isCapitals(word) ? folded : folded.substring(0, 1));
        }
        return String.join("", parts);
    }

    private static boolean isCapitals(String word) {
        return word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String localLevel(String name) {
        for (Rule rule : LOCAL_LEVELS) {
            String replaced = rule.apply(name);
            if (!replaced.equals(name)) {
                return Text.clean(replaced);
            }
        }
        Matcher capital = CAPITAL_LEVEL.matcher(name);
        if (capital.find()) {
            // Official names write the level in lower case ("UBND huyện Văn Giang"), whatever a table heading did.
            return "UBND " + capital.group(1).toLowerCase(Text.VIETNAMESE) + name.substring(capital.end());
        }
        return name;
    }

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String name) {
            return pattern.matcher(name).replaceFirst(Matcher.quoteReplacement(replacement));
        }
    }
}
