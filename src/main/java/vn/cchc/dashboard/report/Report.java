package vn.cchc.dashboard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.i18n.Language;

/**
 * The content of one periodic CCHC report, complete and in one language, built from the store's figures
 * without any file format: the DOCX, PDF and PPTX writers only lay it out.
 *
 * @param fileTitle  a short title for document properties and the deck ("Báo cáo CCHC 6 tháng đầu năm 2026")
 * @param headline   the headline sentence, "… đã hoàn thành 28/99 nhiệm vụ, đạt 28,28% so với kế hoạch năm"
 * @param dataNote   where the figures come from and as of when, stamped on every slide
 * @param annexTitle "PHỤ LỤC" with its subtitle, or null when the annex is left out
 * @param annexReference "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)", italic under the annex title; null without annex
 * @param lagging    the units behind schedule for the deck's table (the first few), or null without any
 * @param overview   the figures the charts draw, the same as the overview screen's
 */
public record Report(Language language, LocalDate asOf, String fileTitle, ReportHeading heading, String headline,
                     String dataNote, List<Block> body, ReportClosing closing, String annexTitle,
                     String annexReference, List<AnnexTable> annex, AnnexTable lagging, Overview overview) {

    public Report {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(heading, "heading");
        body = List.copyOf(body);
        annex = List.copyOf(annex);
    }

    /** The report's figures, in the order they appear. */
    public List<ReportFigure> figures() {
        return body.stream().filter(b -> b instanceof Block.Figure).map(b -> ((Block.Figure) b).figure()).toList();
    }

    /** The headings of the body in order: the outline. */
    public List<String> outline() {
        return body.stream().filter(b -> b instanceof Block.Heading).map(Block::text).toList();
    }

    private static String plain(Block block) {
        if (block instanceof Block.Heading) {
            return "\n" + block.text();
        }
        if (block instanceof Block.Item) {
            return "  - " + block.text();
        }
        if (block instanceof Block.Placeholder || block instanceof Block.Figure) {
            return "[" + block.text() + "]";
        }
        return "    " + block.text();
    }

    /** The whole report as plain text, for the preview on screen and for tests. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        ReportHeading h = heading;
        text.append(h.parentBody().isEmpty() ? "" : h.parentBody() + "\n").append(h.issuingBody()).append("\n").append(h.numberLine())
                .append("\n\n").append(h.nation()).append("\n").append(h.motto()).append("\n").append(h.placeAndDate())
                .append("\n\n").append(h.kind()).append("\n").append(h.subject()).append("\n").append(h.addressee()).append("\n\n");
        for (Block block : body) {
            text.append(plain(block)).append("\n");
        }
        text.append("\n").append(closing.recipientsLabel()).append("\n")
                .append(String.join("\n", closing.printedRecipients())).append("\n\n")
                .append(String.join("\n", closing.signerLines())).append("\n");
        if (annexTitle != null) {
            text.append("\n\n").append(annexTitle).append("\n").append(annexReference).append("\n");
            for (AnnexTable table : annex) {
                text.append("\n").append(table.title()).append("\n").append(String.join(" | ", table.headers())).append("\n");
                text.append(table.rows().stream().map(r -> String.join(" | ", r)).collect(Collectors.joining("\n")));
                if (table.total() != null) {
                    text.append("\n").append(String.join(" | ", table.total()));
                }
                if (table.note() != null) {
                    text.append("\n").append(table.note());
                }
                text.append("\n");
            }
        }
        return text.toString();
    }
}
