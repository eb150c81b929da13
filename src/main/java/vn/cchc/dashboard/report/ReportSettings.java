package vn.cchc.dashboard.report;

import java.util.List;
import java.util.Objects;

/**
 * What the office writes into every report's heading and closing: the province, the issuing and parent
 * bodies, the signer's authority and title, and who receives it. Blank values are the office's to fill;
 * {@link #defaults()} gives the usual wording of a provincial steering committee.
 *
 * @param provinceName the province without "tỉnh" ("Minh Giang"); also the place in the date line
 * @param parentBody   the body above the issuer, upper case in the heading ("UBND TỈNH MINH GIANG"); blank to derive it
 * @param issuingBody  the issuer ("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH")
 * @param signerTitle  the signer's authority and title, one line each ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")
 * @param recipients   "Nơi nhận", one per line without the leading dash; the archive line comes last
 */
public record ReportSettings(String provinceName, String parentBody, String issuingBody, List<String> signerTitle,
                             List<String> recipients) {

    public ReportSettings {
        provinceName = strip(provinceName);
        parentBody = strip(parentBody);
        issuingBody = strip(issuingBody);
        signerTitle = lines(signerTitle);
        recipients = lines(recipients);
    }

    /** The usual heading and closing of a provincial Ban Chỉ đạo CCHC, with no province named. */
    public static ReportSettings defaults() {
        return new ReportSettings("", "", "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH",
                List.of("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"),
                List.of("Bộ Nội vụ (Vụ Cải cách hành chính)", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                        "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Thành viên Ban Chỉ đạo CCHC tỉnh",
                        "Các sở, ban, ngành; UBND các xã, phường", "Lưu: VT, Sở Nội vụ"));
    }

    /** The same settings with {@code province} where none is set (the sample plans name their own). */
    public ReportSettings withProvinceIfBlank(String province) {
        return provinceName.isEmpty() ? new ReportSettings(province, parentBody, issuingBody, signerTitle, recipients)
                : this;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static List<String> lines(List<String> lines) {
        return Objects.requireNonNullElse(lines, List.<String>of()).stream()
                .map(l -> l.strip().replaceFirst("^[-–•]\\s*", "").replaceFirst("[;.]$", ""))
                .filter(l -> !l.isEmpty()).toList();
    }
}
