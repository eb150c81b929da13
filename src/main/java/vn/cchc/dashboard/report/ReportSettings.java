package vn.cchc.dashboard.report;

import java.util.List;
import java.util.Objects;

/**
 * What the office writes into every report's heading and closing: who issues it, the province, and whatever
 * wording the office wants instead of the issuer's usual one. Blank values take the issuer's usual wording in
 * the report's language (from the bundles), so changing the issuer changes the heading, the number, the
 * signature and the recipients together; {@link #defaults()} is a People's Committee with no province named.
 *
 * @param issuer       the People's Committee or the steering committee
 * @param provinceName the province without "tỉnh" ("Minh Giang"); also the place in the date line
 * @param parentBody   the body above the issuer, upper case in the heading ("UBND TỈNH MINH GIANG"); blank: the
 *                     issuer's (none above a People's Committee)
 * @param issuingBody  the issuer as the heading prints it, lines separated by "\n"; blank: the issuer's
 * @param signerTitle  the signer's authority and title, one line each ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"); empty: the issuer's
 * @param recipients   "Nơi nhận", one per line without the leading dash, the archive line last; empty: the issuer's
 * @param addressee    whom the report goes to, "Kính gửi: …"; blank: the Bộ Nội vụ
 */
public record ReportSettings(ReportIssuer issuer, String provinceName, String parentBody, String issuingBody,
                             List<String> signerTitle, List<String> recipients, String addressee) {

    public ReportSettings {
        issuer = Objects.requireNonNullElse(issuer, ReportIssuer.PEOPLES_COMMITTEE);
        provinceName = strip(provinceName);
        parentBody = strip(parentBody);
        issuingBody = issuingBody == null ? "" : issuingBody.strip().replaceAll("\\s*\\R\\s*", "\n");
        signerTitle = lines(signerTitle);
        recipients = lines(recipients);
        addressee = strip(addressee).replaceFirst("[.;]$", "");
    }

    /**
     * Wording as versions before the issuer choice stored it: explicit texts, laid out as the steering committee's
     * unless they name the People's Committee ({@link ReportIssuer#ofOlderWording}).
     */
    public ReportSettings(String provinceName, String parentBody, String issuingBody, List<String> signerTitle,
                          List<String> recipients) {
        this(ReportIssuer.ofOlderWording(issuingBody, signerTitle), provinceName, parentBody, issuingBody, signerTitle,
                recipients, "");
    }

    /** A People's Committee's report with its usual wording, no province named. */
    public static ReportSettings defaults() {
        return new ReportSettings(ReportIssuer.PEOPLES_COMMITTEE, "", "", "", List.of(), List.of(), "");
    }

    /** The same settings with {@code province} where none is set (the sample plans name their own). */
    public ReportSettings withProvinceIfBlank(String province) {
        return provinceName.isEmpty() ? withProvince(province) : this;
    }

    /** The same settings issued by {@code other}: the office's own wording, if any, stays. */
    public ReportSettings withIssuer(ReportIssuer other) {
        return new ReportSettings(other, provinceName, parentBody, issuingBody, signerTitle, recipients, addressee);
    }

    public ReportSettings withProvince(String province) {
        return new ReportSettings(issuer, province, parentBody, issuingBody, signerTitle, recipients, addressee);
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
