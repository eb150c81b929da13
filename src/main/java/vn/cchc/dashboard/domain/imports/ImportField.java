package vn.cchc.dashboard.domain.imports;

import java.util.List;
import vn.cchc.dashboard.domain.Text;

/**
 * What a column of a plan table holds. Each field knows the words real appendices use for it in their header
 * ("Cơ quan chủ trì", "Đơn vị chủ trì" …), already folded (no accents, lower case), so that a header is read
 * whatever its Unicode form, case or line breaks.
 */
public enum ImportField {
    CODE(false, "stt", "so tt", "tt", "so thu tu", "ma", "ma nhiem vu", "ma so"),
    TITLE(false, "nhiem vu", "noi dung", "noi dung nhiem vu", "ten nhiem vu", "noi dung cong viec",
            "nhiem vu, giai phap", "noi dung cong viec, nhiem vu"),
    AREA(false, "linh vuc", "linh vuc cai cach"),
    LEAD(false, "chu tri", "co quan chu tri", "don vi chu tri", "co quan, don vi chu tri", "don vi thuc hien",
            "co quan thuc hien", "co quan, don vi thuc hien", "don vi chiu trach nhiem"),
    COOPERATING(false, "phoi hop", "co quan phoi hop", "don vi phoi hop", "co quan, don vi phoi hop"),
    OUTPUT(false, "san pham", "san pham du kien", "san pham dau ra", "hinh thuc san pham", "hinh thuc van ban",
            "ket qua, san pham", "ket qua/san pham"),
    DEADLINE(false, "thoi han", "thoi gian hoan thanh", "thoi han hoan thanh", "thoi gian thuc hien",
            "thoi gian", "thoi han thuc hien"),
    STATUS(true, "tinh trang", "ket qua thuc hien", "tinh hinh thuc hien", "trang thai", "tien do thuc hien",
            "ket qua", "tien do"),
    COMPLETED_ON(true, "ngay hoan thanh", "thoi diem hoan thanh", "ngay hoan thanh thuc te"),
    PERCENT(true, "ty le", "ty le %", "ty le hoan thanh", "% hoan thanh", "%", "ti le"),
    NOTE(true, "ghi chu"),
    EVIDENCE(true, "minh chung", "van ban minh chung", "tai lieu minh chung", "so, ky hieu van ban");

    private final boolean progress;
    private final List<String> words;

    ImportField(boolean progress, String... words) {
        this.progress = progress;
        this.words = List.of(words);
    }

    /** True for the columns of a tracking workbook, which carry progress rather than the plan itself. */
    public boolean isProgress() {
        return progress;
    }

    /**
     * How well {@code header} names this field: the length of the longest of its words that the header contains
     * as whole words, 0 when none. Longer words win, so "Ngày hoàn thành" is a completion date and not
     * "hoàn thành" of something else.
     */
    int match(String header) {
        String key = headerKey(header);
        int best = 0;
        for (String word : words) {
            if (containsWords(key, word)) {
                best = Math.max(best, word.length());
            }
        }
        return best;
    }

    /** A header as compared: folded, line breaks and brackets gone, "Tỷ lệ (%)" as "ty le %". */
    static String headerKey(String header) {
        return Text.fold(header).replaceAll("[()\\[\\]:*]", " ").replaceAll("\\s+", " ").strip();
    }

    private static boolean containsWords(String key, String word) {
        int at = key.indexOf(word);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(key.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == key.length() || !Character.isLetterOrDigit(key.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = key.indexOf(word, at + 1);
        }
        return false;
    }
}
