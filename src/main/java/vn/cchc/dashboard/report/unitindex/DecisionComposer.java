package vn.cchc.dashboard.report.unitindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.AnnexTable;
import vn.cchc.dashboard.report.IssuerWording;
import vn.cchc.dashboard.report.ReportClosing;
import vn.cchc.dashboard.report.ReportHeading;
import vn.cchc.dashboard.report.ReportIssuer;
import vn.cchc.dashboard.report.ReportSettings;

/**
 * The decision of the Chairman of UBND tỉnh approving and announcing the year's index (Quyết định phê duyệt và công bố
 * Chỉ số CCHC), laid out by Nghị định 30/2020, with its annex: one ranking table per group. The number, the day, the
 * criteria decision's and the proposal's numbers are left for the office; a unit without a complete result is never
 * given a figure, and the annex says so in brackets. Pure.
 */
public final class DecisionComposer {

    private DecisionComposer() {
    }

    public static AnnouncementDocument compose(IndexAnnouncement a, ReportSettings settings, Messages messages) {
        AnnouncementWords w = new AnnouncementWords(messages, settings);
        String year = String.valueOf(a.year());
        String groups = w.join(a.groups().stream().map(g -> w.group(g.group())).toList());
        // Always the People's Committee's heading, whoever issues the periodic report; its own wording if it is the issuer.
        ReportSettings committee = new ReportSettings(ReportIssuer.PEOPLES_COMMITTEE, settings.provinceName(), "",
                settings.issuer() == ReportIssuer.PEOPLES_COMMITTEE ? settings.issuingBody() : "", List.of(), List.of(), "");
        IssuerWording issuer = new IssuerWording(committee, messages);
        ReportHeading heading = new ReportHeading(issuer.parentLine(), issuer.issuingLines(),
                w.get("unitIndex.announce.decision.number"), w.get("report.heading.nation"), w.get("report.heading.motto"),
                w.format("unitIndex.announce.date", w.province, String.valueOf(a.year() + 1)),
                w.get("unitIndex.announce.decision.kind"),
                w.format("unitIndex.announce.decision.subject", year, groups, w.province), "");

        List<Piece> body = new ArrayList<>();
        body.add(new Piece.Centred(w.format("unitIndex.announce.decision.authority", w.upper(w.province))));
        body.add(new Piece.Paragraph(w.get("unitIndex.announce.decision.basis.law")));
        body.add(new Piece.Paragraph(w.get("unitIndex.announce.decision.basis.programme")));
        for (GroupResults g : a.groups()) {
            body.add(new Piece.Paragraph(w.format("unitIndex.announce.decision.basis.criteria", w.group(g.group()),
                    w.province)));
        }
        body.add(new Piece.Paragraph(w.get("unitIndex.announce.decision.basis.proposal")));
        body.add(new Piece.Centred(w.get("unitIndex.announce.decision.decides")));
        body.add(new Piece.Article(w.format("unitIndex.announce.decision.article", 1), w.format(
                "unitIndex.announce.decision.article1", year,
                w.join(a.groups().stream().map(w::groupCounted).toList()), w.province)));
        List<UnitIndexResult> pending = a.groups().stream().flatMap(g -> g.pending().stream()).toList();
        if (!pending.isEmpty()) {
            body.add(new Piece.Placeholder(w.format("unitIndex.announce.decision.pending", w.f.count(pending.size()),
                    w.pending(pending))));
        }
        body.add(new Piece.Article(w.format("unitIndex.announce.decision.article", 2),
                w.format("unitIndex.announce.decision.article2", year, String.valueOf(a.year() + 1))));
        List<String> heads = a.groups().stream().map(g -> w.get("unitIndex.announce.heads." + g.group().name())).toList();
        body.add(new Piece.Article(w.format("unitIndex.announce.decision.article", 3),
                w.format("unitIndex.announce.decision.article3", String.join(", ", heads))));

        // The issuers' usual signatures are a deputy's ("KT."); the office's own wording says which it is.
        boolean deputy = settings.signerTitle().isEmpty()
                || settings.signerTitle().stream().anyMatch(l -> l.strip().toUpperCase(java.util.Locale.ROOT).startsWith("KT"));
        ReportClosing closing = new ReportClosing(w.get("report.recipients.label"),
                List.of(w.get("unitIndex.announce.decision.recipients").split("\n")),
                List.of(w.get(deputy ? "unitIndex.announce.decision.signer.deputy"
                        : "unitIndex.announce.decision.signer.chair").split("\n")), "");
        List<AnnexTable> tables = new ArrayList<>();
        for (int i = 0; i < a.groups().size(); i++) {
            tables.add(table(a.groups().get(i), w.roman(i + 1), w));
        }
        return new AnnouncementDocument(w.format("unitIndex.announce.decision.fileTitle", year), heading, body, closing,
                List.of(w.get("unitIndex.announce.annex.label"), w.format("unitIndex.announce.annex.title", year)),
                w.format("unitIndex.announce.annex.reference", String.valueOf(a.year() + 1), w.province), tables);
    }

    /** "Xếp hạng | Cơ quan, đơn vị | Điểm đạt được | Điểm tối đa áp dụng | Chỉ số (%)", announced units first. */
    static AnnexTable table(GroupResults g, String number, AnnouncementWords w) {
        List<AnnexTable.Column> columns = List.of(
                new AnnexTable.Column(w.get("unitIndex.announce.column.rank"), 1.1, false),
                new AnnexTable.Column(w.get("unitIndex.announce.column.unit"), 4.6, false),
                new AnnexTable.Column(w.get("unitIndex.announce.column.points"), 1.4, true),
                new AnnexTable.Column(w.get("unitIndex.announce.column.max"), 1.4, true),
                new AnnexTable.Column(w.get("unitIndex.announce.column.index"), 1.3, true));
        List<List<String>> rows = new ArrayList<>();
        for (IndexRanking.Ranked r : g.announced()) {
            UnitIndexResult u = r.result();
            rows.add(List.of(String.valueOf(r.rank()), u.unitName(), w.points(u.points()), w.f.compact(u.applicableMax()),
                    w.f.decimal(u.index())));
        }
        for (UnitIndexResult u : g.pending()) {
            rows.add(List.of("…", u.unitName(), "…", u.applicableMax().signum() == 0 ? "…" : w.f.compact(u.applicableMax()),
                    "…"));
        }
        List<String> note = new ArrayList<>();
        note.add(w.format(g.withExemptions() > 0 ? "unitIndex.announce.annex.note.exempt" : "unitIndex.announce.annex.note",
                w.f.compact(g.set().maxPoints())));
        for (Map.Entry<Integer, List<UnitIndexResult>> tie : g.ties().entrySet()) {
            int next = tie.getKey() + tie.getValue().size();
            String names = w.units(tie.getValue());
            String index = w.percent(tie.getValue().get(0).index());
            note.add(next <= g.announced().size()
                    ? w.format("unitIndex.announce.annex.tie", names, index, tie.getKey(), next)
                    : w.format("unitIndex.announce.annex.tie.last", names, index, tie.getKey()));
        }
        if (!g.pending().isEmpty()) {
            note.add("[" + (g.announced().isEmpty()
                    ? w.format("unitIndex.announce.annex.pending.all", w.pending(g.pending()))
                    : w.format("unitIndex.announce.annex.pending", w.f.count(g.pending().size()), w.pending(g.pending()),
                    w.f.ratio(g.announced().size(), g.members()))) + "]");
        }
        return new AnnexTable(w.format("unitIndex.announce.annex.table", number, w.get("unitIndex.announce.table."
                + g.group().name())), columns, rows, null, String.join("\n", note));
    }
}
