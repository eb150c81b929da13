package vn.cchc.dashboard.domain.unitindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Text;

/**
 * How a line of a criteria set is numbered, as written: an area in Roman numerals ("II."), a dotted number ("1.1",
 * "1.1.1."), a letter ("a)", "b", "(đ)") or a bullet ("-", "+"). Found alone in the numbering column, or at the start
 * of the title when the set has no such column ("1.1. Ban hành kế hoạch…") or an area row is merged across the table
 * from its first cell ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC").
 *
 * @param path    the numbers: the Roman value, the dotted numbers, the letter's place among its siblings is not known
 *                here (empty for a letter and a bullet)
 * @param written as the user sees it in the file, without its closing dot or bracket: "II", "1.3", "b", "-"
 */
record Numbering(Kind kind, List<Integer> path, String written) {

    enum Kind { ROMAN, ARABIC, LETTER, BULLET, SUB_BULLET }

    /** A numbering at the start of a text, and the title after it. */
    record Split(Numbering numbering, String rest) {
    }

    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.)]?$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*)\\s*[.)]?$");
    private static final Pattern LETTER = Pattern.compile("^\\(?([a-zđ])\\s*[.)]?$");
    private static final Pattern BULLET = Pattern.compile("^[-–—•]$");

    /** After the numbering comes a dot, a bracket or a dash ("I.", "1)", "II -"), or a space before capitals. */
    private static final Pattern LEADING_ROMAN = Pattern.compile("^([IVX]{1,5})(?:\\s*[.):–-]\\s*|\\s+(?=\\p{Lu}))(\\S.*)$",
            Pattern.DOTALL);
    /**
     * "1. …", "1.1. …", "1.1 …": a single number needs its dot or bracket, or "2 lần kiểm tra" would be numbered 2.
     * The dotted number is taken whole (possessive), so "1. 100% hồ sơ…" is line 1 and not line 1.100.
     */
    private static final Pattern LEADING_ARABIC = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d{1,3})*+)(?:\\s*[.)]\\s*|(?<=\\d\\.\\d{1,3})\\s+)(\\S.*)$", Pattern.DOTALL);
    private static final Pattern LEADING_LETTER = Pattern.compile("^\\(?([a-zđ])(?:\\)\\s*|\\.\\s+)(\\S.*)$", Pattern.DOTALL);
    private static final Pattern LEADING_BULLET = Pattern.compile("^([-–—•+])\\s*(\\S.*)$", Pattern.DOTALL);

    /** The numbering a cell holds and nothing else ("I", "1.1.", "a)", "-"), or empty. */
    static Optional<Numbering> whole(String cell) {
        String text = Text.clean(cell.replace('\n', ' '));
        Matcher m = ROMAN.matcher(text);
        if (m.matches()) {
            return roman(m.group(1));
        }
        m = ARABIC.matcher(text);
        if (m.matches()) {
            return Optional.of(arabic(m.group(1)));
        }
        m = LETTER.matcher(text);
        if (m.matches()) {
            return Optional.of(new Numbering(Kind.LETTER, List.of(), m.group(1)));
        }
        if (BULLET.matcher(text).matches()) {
            return Optional.of(new Numbering(Kind.BULLET, List.of(), "-"));
        }
        if (text.equals("+")) {
            return Optional.of(new Numbering(Kind.SUB_BULLET, List.of(), "+"));
        }
        return Optional.empty();
    }

    /** The numbering {@code text} starts with, followed by its title; empty when it starts with none. */
    static Optional<Split> leading(String text) {
        String stripped = text.strip();
        Matcher m = LEADING_ROMAN.matcher(stripped);
        if (m.matches()) {
            Optional<Numbering> roman = roman(m.group(1));
            if (roman.isPresent()) {
                return Optional.of(new Split(roman.get(), m.group(2)));
            }
        }
        m = LEADING_ARABIC.matcher(stripped);
        if (m.matches()) {
            return Optional.of(new Split(arabic(m.group(1)), m.group(2)));
        }
        m = LEADING_LETTER.matcher(stripped);
        if (m.matches()) {
            return Optional.of(new Split(new Numbering(Kind.LETTER, List.of(), m.group(1)), m.group(2)));
        }
        m = LEADING_BULLET.matcher(stripped);
        if (m.matches()) {
            boolean sub = m.group(1).equals("+");
            return Optional.of(new Split(new Numbering(sub ? Kind.SUB_BULLET : Kind.BULLET, List.of(), sub ? "+" : "-"),
                    m.group(2)));
        }
        return Optional.empty();
    }

    boolean isBullet() {
        return kind == Kind.BULLET || kind == Kind.SUB_BULLET;
    }

    private static Numbering arabic(String dotted) {
        List<Integer> path = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            path.add(Integer.parseInt(part));
        }
        return new Numbering(Kind.ARABIC, path, dotted);
    }

    /** Only a well-formed numeral up to XXXIX: "IIII" or "VX" is no area number. */
    private static Optional<Numbering> roman(String numeral) {
        int value = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int digit = digit(numeral.charAt(i));
            boolean subtractive = i + 1 < numeral.length() && digit < digit(numeral.charAt(i + 1));
            value += subtractive ? -digit : digit;
        }
        return value > 0 && toRoman(value).equals(numeral)
                ? Optional.of(new Numbering(Kind.ROMAN, List.of(value), numeral)) : Optional.empty();
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            default -> 10;
        };
    }

    static String toRoman(int value) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return value >= 40 ? "" : tens[value / 10] + units[value % 10];
    }
}
