package vn.cchc.dashboard.domain;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Vietnamese text handling shared by every layer: input arrives in composed and decomposed Unicode
 * from different tools, so everything is NFC-normalised on the way in, sorted with Vietnamese collation
 * and searched without regard to diacritics ("ho so" finds "hồ sơ").
 */
public final class Text {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Text() {
    }

    /** NFC-normalised, trimmed, inner runs of white space folded to one space; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        if (composedAlready(s) && alreadyClean(s)) {
            return s;
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (alreadyClean(nfc)) {
            return nfc;
        }
        return WHITE_RUNS.matcher(nfc).replaceAll(" ").strip();
    }

    /**
     * True when {@code s} is NFC for certain without asking the normaliser, whose per-character table look-ups were
     * most of the time of {@link #clean} on a large plan's read: every character is below the combining marks
     * (U+0300) or a precomposed Vietnamese letter (U+1EA0–U+1EF9, ạ to ỹ). None of them is changed by NFC, and none
     * combines with a neighbour, so a string of them is composed already; anything else goes to the normaliser.
     */
    private static boolean composedAlready(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\u0300' && (c < '\u1EA0' || c > '\u1EF9')) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern WHITE_RUNS = Pattern.compile("[\\s\\u00A0]+");

    /**
     * True when folding white space and stripping would change nothing: every record read from the database
     * passes through {@link #clean}, and the regular expression was most of the time of a large plan's read.
     */
    private static boolean alreadyClean(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
            if (white && (c != ' ' || s.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    public static String blankToNull(String s) {
        String cleaned = clean(s);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    public static String requireNonBlank(String s, String field) {
        String cleaned = blankToNull(s);
        if (cleaned == null) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return cleaned;
    }

    /** Lower case without diacritics, đ as d: the key for accent-insensitive matching. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String cleaned = clean(s);
        if (isAscii(cleaned)) {
            // No diacritics to drop and no đ: lower case is the whole key, without the normaliser and the regex.
            return cleaned.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a search box matches: the typed text as a phrase starting at a word, regardless of accents and case,
     * in a key made with {@link #fold}. "ho so" finds "hồ sơ" but not "kế hoạch sở"; nothing typed finds all.
     */
    public static Predicate<String> phraseSearch(String typed) {
        String query = fold(typed);
        if (query.isBlank()) {
            return key -> true;
        }
        Pattern phrase = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(query));
        return key -> phrase.matcher(key).find();
    }

    /** Vietnamese dictionary order (a ă â b c d đ e ê …), case and tone differences decided last. */
    public static Comparator<String> vietnameseOrder() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return (a, b) -> collator.compare(clean(a), clean(b));
    }
}
