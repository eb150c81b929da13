package vn.cchc.dashboard.report.unitindex;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cchc.dashboard.report.AnnexTable;
import vn.cchc.dashboard.report.ReportClosing;
import vn.cchc.dashboard.report.ReportHeading;

/**
 * A document of the reform index's announcement, complete and in one language, before any file format: the decision
 * of UBND tỉnh with its ranking annex, or Sở Nội vụ's results report.
 *
 * @param fileTitle     for the document's properties
 * @param heading       the ND 30 heading; its addressee blank for a decision
 * @param body          the text from the first basis line or paragraph to the last article or section
 * @param annexTitle    the annex's title lines, or empty without an annex
 * @param annexReference "(Kèm theo Quyết định số … của …)"; null without an annex
 */
public record AnnouncementDocument(String fileTitle, ReportHeading heading, List<Piece> body, ReportClosing closing,
                                   List<String> annexTitle, String annexReference, List<AnnexTable> annex) {

    public AnnouncementDocument {
        Objects.requireNonNull(heading, "heading");
        body = List.copyOf(body);
        annexTitle = List.copyOf(annexTitle);
        annex = List.copyOf(annex);
    }

    /** The whole document as plain text, for previews and tests. */
    public String asText() {
        ReportHeading h = heading;
        StringBuilder text = new StringBuilder();
        text.append(h.parentBody().isEmpty() ? "" : h.parentBody() + "\n").append(h.issuingBody()).append('\n')
                .append(h.numberLine()).append("\n\n").append(h.nation()).append('\n').append(h.motto()).append('\n')
                .append(h.placeAndDate()).append("\n\n").append(h.kind()).append('\n').append(h.subject()).append('\n');
        if (!h.addressee().isEmpty()) {
            text.append(h.addressee()).append('\n');
        }
        text.append('\n');
        for (Piece piece : body) {
            text.append(piece instanceof Piece.Item ? "- " + piece.text()
                    : piece instanceof Piece.Placeholder ? "[" + piece.text() + "]" : piece.text()).append('\n');
        }
        text.append('\n').append(closing.recipientsLabel()).append('\n')
                .append(String.join("\n", closing.printedRecipients())).append("\n\n")
                .append(String.join("\n", closing.signerLines())).append('\n');
        if (!annexTitle.isEmpty()) {
            text.append("\n\n").append(String.join("\n", annexTitle)).append('\n').append(annexReference).append('\n');
            for (AnnexTable table : annex) {
                text.append('\n').append(table.title()).append('\n').append(String.join(" | ", table.headers()))
                        .append('\n').append(table.rows().stream().map(r -> String.join(" | ", r))
                                .collect(Collectors.joining("\n"))).append('\n');
                if (table.note() != null) {
                    text.append(table.note()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
