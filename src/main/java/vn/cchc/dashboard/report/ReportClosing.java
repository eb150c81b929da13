package vn.cchc.dashboard.report;

import java.util.List;

/**
 * The closing blocks: "Nơi nhận" on the left, the signer on the right with room for the signature and the
 * name left blank.
 *
 * @param recipientsLabel "Nơi nhận:"
 * @param recipients      each printed "- …;" with the last one ending "."
 * @param signerLines     "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"
 * @param signerName      the name, usually blank in a draft
 */
public record ReportClosing(String recipientsLabel, List<String> recipients, List<String> signerLines,
                            String signerName) {

    public ReportClosing {
        recipients = List.copyOf(recipients);
        signerLines = List.copyOf(signerLines);
    }

    /** The recipients as printed: "- Bộ Nội vụ;" … "- Lưu: VT, Sở Nội vụ.". */
    public List<String> printedRecipients() {
        int last = recipients.size() - 1;
        return java.util.stream.IntStream.rangeClosed(0, last)
                .mapToObj(i -> "- " + recipients.get(i) + (i == last ? "." : ";")).toList();
    }
}
