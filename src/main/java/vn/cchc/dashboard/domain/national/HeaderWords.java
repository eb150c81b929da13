package vn.cchc.dashboard.domain.national;

import java.util.List;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Text;

/**
 * How published results tables head their columns, in the wordings met in the Bộ Nội vụ's reports and in the
 * provinces' own copies: compared without diacritics, case, punctuation, a unit in brackets or a year.
 */
final class HeaderWords {

    private static final Pattern PROVINCE = Pattern.compile("^(ten )?(tinh|thanh pho|dia phuong|don vi|tp)( .*)?$");
    private static final Pattern TOTAL = Pattern.compile("^(tong( diem| chi so| so diem)?( dat duoc)?( chi so)?"
            + "|diem( tong| dat duoc| so)?|ket qua( chung)?|gia tri( chi so)?|ty le( chung)?"
            + "|chi so( chung| tong hop| par index| par| sipas| cchc| cai cach hanh chinh| hai long( sipas)?)?"
            + "|par index|par|sipas|muc do hai long chung)$");
    /** Columns the import does not need: a row number, the file's own rank or group, notes, changes. */
    private static final List<String> IGNORED = List.of("stt", "tt", "so tt", "so thu tu", "xep hang", "thu hang",
            "hang", "vi tri", "xep loai", "nhom", "ghi chu", "tang giam", "so voi", "thay doi", "chenh lech");
    /** Rows that sum up the table rather than name a province. */
    private static final List<String> AGGREGATE = List.of("binh quan", "trung binh", "gia tri trung binh", "ca nuoc",
            "tong cong", "tong so", "tong");

    private HeaderWords() {
    }

    /** Lower case, no diacritics, no bracketed unit ("(%)"), no year, punctuation as single spaces. */
    static String normal(String header) {
        String noUnit = Text.clean(header).replaceAll("\\([^)]*\\)", " ");
        String folded = Text.fold(noUnit).replaceAll("(nam )?\\b(19|20)\\d\\d\\b", " ");
        return folded.replaceAll("[^a-z0-9]+", " ").strip();
    }

    static boolean isProvince(String header) {
        return PROVINCE.matcher(normal(header)).matches();
    }

    /** "Tổng điểm", "Chỉ số", "PAR INDEX 2024 (%)", or any of those joined by "/" ("Tổng điểm/Chỉ số"). */
    static boolean isTotal(String header) {
        if (TOTAL.matcher(normal(header)).matches()) {
            return true;
        }
        for (String part : header.split("/")) {
            if (!part.isBlank() && TOTAL.matcher(normal(part)).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean isIgnored(String header) {
        String normal = normal(header);
        return IGNORED.stream().anyMatch(w -> normal.equals(w) || normal.startsWith(w + " "));
    }

    /** "Bình quân cả nước", "Trung bình", "Tổng cộng": a row of the table that is no province. */
    static boolean isAggregate(String name) {
        String normal = normal(name);
        return AGGREGATE.stream().anyMatch(w -> normal.equals(w) || normal.startsWith(w + " "));
    }

    static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
