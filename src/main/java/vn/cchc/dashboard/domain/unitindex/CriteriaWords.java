package vn.cchc.dashboard.domain.unitindex;

import java.util.List;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Text;

/**
 * The words criteria sets are written with, compared without diacritics, case, punctuation, a bracketed remark or a
 * year: how their tables head the columns, and the rows that are no criterion (totals, notes under the table).
 */
final class CriteriaWords {

    /** "STT", "TT", "Số TT", "Mã tiêu chí": the numbering column. */
    private static final Pattern NUMBER = Pattern.compile("^(s?tt|so tt|so thu tu|thu tu|ma( so| tieu chi)?|ky hieu)$");
    /** "Điểm tối đa", "Điểm chuẩn", "Thang điểm", "Điểm" over "Tối đa"; not "Điểm tự chấm" nor "Điểm thẩm định". */
    private static final Pattern POINTS = Pattern.compile(
            "^((so|muc|khung|thang) )?diem( (toi da|chuan|quy dinh|tieu chuan|duoc cham))*$|^(diem )?toi da$");
    /** Read before the title and points words: "Hướng dẫn chấm điểm tiêu chí" is guidance, not a title or points. */
    private static final List<String> GUIDANCE = List.of("huong dan", "tai lieu", "kiem chung", "cach cham",
            "cach tinh", "phuong phap", "ghi chu", "yeu cau", "mo ta", "giai thich", "can cu");
    private static final List<String> TITLE = List.of("noi dung", "tieu chi", "linh vuc", "chi so");
    /** The grand total closes the table; "Cộng" alone is a subtotal under an area and is only passed over. */
    private static final Pattern GRAND_TOTAL = Pattern.compile(
            "^tong( cong| so| diem| so diem)*( toi da| chung| cac linh vuc| diem toi da| diem chuan)*$");
    private static final Pattern SUBTOTAL = Pattern.compile(
            "^((tong )?cong|tong( diem)?)( cua)? (linh vuc|phan|muc)( .*)?$|^cong( diem)?( [ivx]+| \\d+)?$");
    /** What follows a table: "Ghi chú:", "Lưu ý", "* Đơn vị không có…". */
    private static final Pattern NOTES = Pattern.compile("^(\\*|(ghi chu|luu y|chu thich|chu y)\\b)");
    /**
     * A remark that a line does not apply to some units: kept as guidance, the exemption is recorded per unit. "Không
     * chấm" or "không tính" alone is not enough: "(không tính hồ sơ rút)" qualifies what is counted, and stays.
     */
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "khong ap dung|(don vi|co quan).*khong (cham|tinh|danh gia)|khong (cham|tinh|danh gia).*(don vi|co quan)");

    private CriteriaWords() {
    }

    /** Lower case, no diacritics, no bracketed remark, no year, punctuation as single spaces. */
    static String normal(String text) {
        String noRemark = Text.clean(text.replace('\n', ' ')).replaceAll("\\([^)]*\\)", " ");
        String folded = Text.fold(noRemark).replaceAll("(nam )?\\b(19|20)\\d\\d\\b", " ");
        return folded.replaceAll("[^a-z0-9]+", " ").strip();
    }

    static boolean isNumberHeading(String header) {
        return NUMBER.matcher(normal(header)).matches();
    }

    static boolean isPointsHeading(String header) {
        return POINTS.matcher(normal(header)).matches();
    }

    static boolean isGuidanceHeading(String header) {
        String normal = normal(header);
        return GUIDANCE.stream().anyMatch(normal::contains);
    }

    static boolean isTitleHeading(String header) {
        String normal = normal(header);
        return TITLE.stream().anyMatch(normal::contains);
    }

    /** "Tổng cộng", "TỔNG ĐIỂM", "Tổng cộng (I+II+…+VIII)", "Tổng số điểm tối đa". */
    static boolean isGrandTotal(String text) {
        return GRAND_TOTAL.matcher(normal(text)).matches();
    }

    /** "Cộng", "Cộng lĩnh vực I", "Tổng cộng lĩnh vực II": a subtotal under one area. */
    static boolean isSubtotal(String text) {
        return SUBTOTAL.matcher(normal(text)).matches();
    }

    static boolean isNotes(String text) {
        return NOTES.matcher(Text.fold(text.replace('\n', ' '))).find();
    }

    /** "(Không áp dụng đối với đơn vị không có TTHC)", "(đơn vị không có … không chấm tiêu chí này)". */
    static boolean isNotApplicableRemark(String text) {
        return NOT_APPLICABLE.matcher(Text.fold(text)).find();
    }

    static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
