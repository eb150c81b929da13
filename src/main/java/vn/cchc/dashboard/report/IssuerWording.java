package vn.cchc.dashboard.report;

import java.util.List;
import java.util.Locale;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The issuer's wording in one language: what the heading, the number, "Kính gửi", the signature, the recipients,
 * the sentences and the annex say, the office's own wording ({@link ReportSettings}) where it gave one and the
 * issuer's usual wording (bundle keys {@code report.issuer.<ISSUER>.*}) where it left a value blank. The settings
 * form asks it for the usual wording too, so that the form and the document never disagree.
 */
public final class IssuerWording {

    private final ReportSettings settings;
    private final Messages messages;
    private final Locale locale;

    public IssuerWording(ReportSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
        this.locale = messages.language().locale();
    }

    /** The upper-case line above the issuer: "UBND TỈNH MINH GIANG" for a steering committee, none for a UBND. */
    public String parentLine() {
        if (!settings.parentBody().isEmpty()) {
            return settings.parentBody();
        }
        return settings.issuer() == ReportIssuer.STEERING_COMMITTEE
                ? messages.format(key(settings.issuer(), "parent"), province()).toUpperCase(locale) : "";
    }

    /** The issuer in bold, one or two lines: "ỦY BAN NHÂN DÂN\nTỈNH MINH GIANG". */
    public String issuingLines() {
        return settings.issuingBody().isEmpty() ? usualIssuingBody(settings.issuer(), settings.provinceName(), messages)
                : settings.issuingBody();
    }

    /** "Số:          /BC-UBND", the number left for the office. */
    String numberLine() {
        return messages.format("report.heading.number.code", code());
    }

    /** "Kính gửi: Bộ Nội vụ." from a province, "Kính gửi: Chính phủ." from the Bộ Nội vụ. */
    String addresseeLine() {
        String to = settings.addressee().isEmpty() ? messages.get(key(settings.issuer(), "addressee")) : settings.addressee();
        return messages.format("report.addressee", to);
    }

    /** Where the report is dated: the province's name ("Minh Giang, ngày …"), or Hà Nội for the Bộ Nội vụ. */
    public String place() {
        if (settings.issuer() == ReportIssuer.MINISTRY) {
            return messages.get(key(settings.issuer(), "place"));
        }
        return province();
    }

    public List<String> signer() {
        return settings.signerTitle().isEmpty() ? usualSigner(settings.issuer(), messages) : settings.signerTitle();
    }

    List<String> recipients() {
        return settings.recipients().isEmpty() ? usualRecipients(settings.issuer(), messages) : settings.recipients();
    }

    /** The issuer inside a sentence: "Ủy ban nhân dân tỉnh Minh Giang", "Bộ Nội vụ". */
    public String name() {
        return settings.provinceName().isEmpty() || settings.issuer() == ReportIssuer.MINISTRY
                ? messages.get(key(settings.issuer(), "name"))
                : messages.format(key(settings.issuer(), "name.province"), settings.provinceName());
    }

    /** "(Kèm theo Báo cáo số      /BC-UBND ngày      tháng    năm 2026 của Ủy ban nhân dân tỉnh Minh Giang)". */
    String annexReference(int year) {
        return messages.format("report.annex.reference", code(), String.valueOf(year), name());
    }

    private String code() {
        return messages.get(key(settings.issuer(), "code"));
    }

    private String province() {
        return settings.provinceName().isEmpty() ? messages.get("report.heading.province.blank")
                : settings.provinceName();
    }

    /** The heading's issuer lines a report of {@code issuer} prints when the office leaves them blank. */
    public static String usualIssuingBody(ReportIssuer issuer, String provinceName, Messages messages) {
        String province = provinceName == null || provinceName.isBlank()
                ? messages.get("report.heading.province.blank") : provinceName.strip();
        return messages.format(key(issuer, "body"), province).toUpperCase(messages.language().locale());
    }

    /** The signer's authority and title of {@code issuer}'s reports, one line each. */
    public static List<String> usualSigner(ReportIssuer issuer, Messages messages) {
        return List.of(messages.get(key(issuer, "signer")).split("\n"));
    }

    /** The usual "Nơi nhận" of {@code issuer}'s reports, ending with the archive line. */
    public static List<String> usualRecipients(ReportIssuer issuer, Messages messages) {
        return List.of(messages.get(key(issuer, "recipients")).split("\n"));
    }

    private static String key(ReportIssuer issuer, String part) {
        return "report.issuer." + issuer.name() + "." + part;
    }
}
