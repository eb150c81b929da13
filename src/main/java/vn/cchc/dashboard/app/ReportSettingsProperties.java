package vn.cchc.dashboard.app;

import java.util.List;
import java.util.Properties;
import vn.cchc.dashboard.report.ReportIssuer;
import vn.cchc.dashboard.report.ReportSettings;

/**
 * How the report settings are kept in {@code settings.properties}: a "report." key per field, a list as lines. Apart
 * from {@link AppSettings} because it is the one setting whose stored form has a history: a file written before the
 * issuer was a choice has no "report.issuer", and its stored wording keeps the issuer it meant
 * ({@link ReportIssuer#ofOlderWording}).
 */
final class ReportSettingsProperties {

    private ReportSettingsProperties() {
    }

    /** The settings {@code values} hold; the defaults for any field they do not. */
    static ReportSettings read(Properties values) {
        ReportSettings d = ReportSettings.defaults();
        String issuingBody = values.getProperty("report.issuingBody", d.issuingBody());
        List<String> signer = lines(values, "report.signer", d.signerTitle());
        String stored = values.getProperty("report.issuer");
        boolean olderWording = stored == null && values.stringPropertyNames().stream()
                .anyMatch(k -> k.equals("report.issuingBody") || k.equals("report.signer"));
        ReportIssuer issuer = olderWording ? ReportIssuer.ofOlderWording(issuingBody, signer)
                : ReportIssuer.parse(stored);
        return new ReportSettings(issuer, values.getProperty("report.province", d.provinceName()),
                values.getProperty("report.parentBody", d.parentBody()), issuingBody, signer,
                lines(values, "report.recipients", d.recipients()), values.getProperty("report.addressee", d.addressee()));
    }

    static void write(ReportSettings report, Properties values) {
        values.setProperty("report.issuer", report.issuer().name());
        values.setProperty("report.province", report.provinceName());
        values.setProperty("report.parentBody", report.parentBody());
        values.setProperty("report.issuingBody", report.issuingBody());
        values.setProperty("report.signer", String.join("\n", report.signerTitle()));
        values.setProperty("report.recipients", String.join("\n", report.recipients()));
        values.setProperty("report.addressee", report.addressee());
    }

    private static List<String> lines(Properties values, String key, List<String> fallback) {
        String text = values.getProperty(key);
        return text == null ? fallback : List.of(text.split("\n"));
    }
}
