package vn.cchc.dashboard.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Who issues the periodic CCHC report. Most provinces report to the Bộ Nội vụ in the name of the provincial
 * People's Committee (UBND tỉnh, "…/BC-UBND"); some in the name of the provincial steering committee (Ban Chỉ đạo
 * CCHC, "…/BC-BCĐ"). The issuer decides the heading, the number, the signature and the name in the sentences.
 */
public enum ReportIssuer {
    /** Ủy ban nhân dân tỉnh: the usual issuer, and the default. */
    PEOPLES_COMMITTEE,
    /** Ban Chỉ đạo cải cách hành chính tỉnh, under the UBND tỉnh. */
    STEERING_COMMITTEE,
    /**
     * Bộ Nội vụ, reporting to the Government on a national plan (the provinces' or the ministries' tasks, decision
     * 0025): chosen by the plan's kind, never by a province's settings.
     */
    MINISTRY;

    /** The issuers a province's office chooses between. */
    public static List<ReportIssuer> provincial() {
        return List.of(PEOPLES_COMMITTEE, STEERING_COMMITTEE);
    }

    /** The stored name, or the default issuer when it is blank or unknown (a hand-edited settings file). */
    public static ReportIssuer parse(String stored) {
        if (stored != null) {
            for (ReportIssuer issuer : values()) {
                if (issuer.name().equalsIgnoreCase(stored.strip())) {
                    return issuer;
                }
            }
        }
        return PEOPLES_COMMITTEE;
    }

    /**
     * The issuer that wording written before the issuer was a choice meant. Until then every report was laid out
     * as a steering committee's (parent line, issuing body, "/BC-BCĐ"), so that is what such wording keeps meaning,
     * unless it plainly names the People's Committee or its chairman.
     */
    public static ReportIssuer ofOlderWording(String issuingBody, List<String> signerTitle) {
        String text = Stream.concat(Stream.of(issuingBody == null ? "" : issuingBody),
                        signerTitle == null ? Stream.empty() : signerTitle.stream())
                .map(s -> s.toUpperCase(new Locale("vi"))).reduce("", (a, b) -> a + "\n" + b);
        boolean committee = text.contains("ỦY BAN NHÂN DÂN") || text.contains("UỶ BAN NHÂN DÂN")
                || text.contains("UBND") || text.contains("CHỦ TỊCH");
        return committee && !text.contains("BAN CHỈ ĐẠO") ? PEOPLES_COMMITTEE : STEERING_COMMITTEE;
    }
}
