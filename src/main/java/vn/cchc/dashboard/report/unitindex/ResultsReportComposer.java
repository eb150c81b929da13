package vn.cchc.dashboard.report.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.ReportClosing;
import vn.cchc.dashboard.report.ReportHeading;
import vn.cchc.dashboard.report.ReportSettings;

/**
 * Sở Nội vụ's report on the year's index to UBND tỉnh (Báo cáo kết quả xác định Chỉ số CCHC): I. the criteria set and
 * how scoring went, II. the results per group (average, extremes, bands, areas), III. a general assessment stated
 * from the figures alone, the judgement left to the office in brackets, IV. proposals. Every count and name is the
 * annex's ({@link GroupResults}). Pure.
 */
public final class ResultsReportComposer {

    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

    private final IndexAnnouncement a;
    private final AnnouncementWords w;
    private final List<Piece> body = new ArrayList<>();

    private ResultsReportComposer(IndexAnnouncement a, AnnouncementWords w) {
        this.a = a;
        this.w = w;
    }

    public static AnnouncementDocument compose(IndexAnnouncement a, ReportSettings settings, Messages messages) {
        AnnouncementWords w = new AnnouncementWords(messages, settings);
        return new ResultsReportComposer(a, w).compose();
    }

    private AnnouncementDocument compose() {
        String year = String.valueOf(a.year());
        String groups = w.join(a.groups().stream().map(g -> w.group(g.group())).toList());
        ReportHeading heading = new ReportHeading(w.format("unitIndex.announce.report.parent", w.upper(w.province)),
                w.get("unitIndex.announce.report.body"), w.get("unitIndex.announce.report.number"),
                w.get("report.heading.nation"), w.get("report.heading.motto"),
                w.format("unitIndex.announce.date", w.province, String.valueOf(a.year() + 1)),
                w.get("report.heading.kind"), w.format("unitIndex.announce.report.subject", year, groups, w.province),
                w.format("unitIndex.announce.report.addressee", w.province));
        body.add(new Piece.Paragraph(w.format("unitIndex.announce.report.intro", year, groups, w.province)));
        overview();
        results();
        assessment();
        proposals();
        body.add(new Piece.Paragraph(w.format("unitIndex.announce.report.closing", year, groups)));
        ReportClosing closing = new ReportClosing(w.get("report.recipients.label"),
                List.of(w.get("unitIndex.announce.report.recipients").split("\n")),
                List.of(w.get("unitIndex.announce.report.signer").split("\n")), "");
        return new AnnouncementDocument(w.format("unitIndex.announce.report.fileTitle", year), heading, body, closing,
                List.of(), null, List.of());
    }

    private void section(int number, String key) {
        body.add(new Piece.Heading(1, w.roman(number) + ". " + w.get(key)));
    }

    private void groupHeading(int i, GroupResults g) {
        body.add(new Piece.Heading(2, (i + 1) + ". " + w.get("unitIndex.announce.table." + g.group().name())));
    }

    /** I. The set's areas and points, the units assessed, and how the scores were arrived at. */
    private void overview() {
        section(1, "unitIndex.announce.report.overview");
        for (int i = 0; i < a.groups().size(); i++) {
            GroupResults g = a.groups().get(i);
            groupHeading(i, g);
            List<Criterion> areas = g.set().criteria().stream().filter(c -> c.level() == 1).toList();
            long criteria = g.set().criteria().stream().filter(c -> c.level() == 2).count();
            body.add(new Piece.Paragraph(w.format("unitIndex.announce.report.set", w.f.count(areas.size()),
                    w.f.count(criteria), w.f.count(g.set().leaves().size()), w.f.compact(g.set().maxPoints()))));
            for (Criterion area : areas) {
                body.add(new Piece.Item(w.format("unitIndex.announce.report.area", area.title(),
                        w.f.compact(area.maxPoints()))));
            }
            long exempt = g.withExemptions();
            body.add(new Piece.Paragraph(exempt == 0
                    ? w.format("unitIndex.announce.report.members", w.f.count(g.members()))
                    : w.format("unitIndex.announce.report.members.exempt", w.f.count(g.members()), w.f.count(exempt),
                    w.f.compact(g.set().maxPoints()))));
            GroupResults.Scoring s = g.scoring();
            List<String> scoring = new ArrayList<>();
            scoring.add(s.selfAssessed() == 0 ? w.get("unitIndex.announce.report.selfAssessed.none")
                    : w.format("unitIndex.announce.report.selfAssessed", w.f.ratio(s.selfAssessed(), g.members())));
            scoring.add(s.appraised() == 0 ? w.get("unitIndex.announce.report.notAppraised")
                    : s.adjusted() == 0 ? w.format("unitIndex.announce.report.appraisedKept", w.f.count(s.appraised()))
                    : w.format("unitIndex.announce.report.appraised", w.f.count(s.appraised()), w.f.count(s.adjusted()),
                    w.f.count(s.adjustedUnits())));
            if (!s.surveyLines().isEmpty()) {
                BigDecimal points = s.surveyLines().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
                scoring.add(w.format("unitIndex.announce.report.survey", w.join(s.surveyLines().stream()
                        .map(Criterion::code).toList()), w.f.compact(points)));
            }
            body.add(new Piece.Paragraph(String.join(" ", scoring)));
            if (!g.pending().isEmpty()) {
                body.add(new Piece.Placeholder(w.format("unitIndex.announce.report.pending", w.f.count(g.pending().size()),
                        w.pending(g.pending()))));
            }
        }
    }

    /** II. Per group: average, highest and lowest, bands, areas. */
    private void results() {
        section(2, "unitIndex.announce.report.results");
        for (int i = 0; i < a.groups().size(); i++) {
            GroupResults g = a.groups().get(i);
            groupHeading(i, g);
            if (g.announced().isEmpty()) {
                body.add(new Piece.Placeholder(w.get("unitIndex.announce.report.noResults")));
                continue;
            }
            String counted = g.pending().isEmpty() ? w.format("unitIndex.announce.report.counted.all", w.f.count(g.members()))
                    : w.format("unitIndex.announce.report.counted.part", w.f.ratio(g.announced().size(), g.members()));
            body.add(new Piece.Paragraph(w.format("unitIndex.announce.report.average", counted, w.percent(g.average()),
                    extreme(g.highest()), extreme(g.lowest()))));
            body.add(new Piece.Paragraph(w.get("unitIndex.announce.report.bands")));
            for (Band band : Band.values()) {
                int n = g.bands().get(band);
                body.add(new Piece.Item(w.format("unitIndex.announce.report.band." + band.name(),
                        n == 0 ? w.get("unitIndex.announce.report.band.none") : w.format("unitIndex.announce.report.band.units",
                                w.f.count(n), w.f.percent(BigDecimal.valueOf(n * 100L).divide(
                                        BigDecimal.valueOf(g.announced().size()), 2, java.math.RoundingMode.HALF_UP))))));
            }
            body.add(new Piece.Paragraph(w.get("unitIndex.announce.report.areas")));
            for (GroupResults.AreaResult area : g.areas()) {
                body.add(new Piece.Item(area.averagePercent() == null
                        ? w.format("unitIndex.announce.report.area.none", area.area().title(),
                        w.f.compact(area.area().maxPoints()))
                        : w.format("unitIndex.announce.report.area.result", area.area().title(),
                        w.f.compact(area.area().maxPoints()), w.percent(area.averagePercent()))));
            }
            List<GroupResults.AreaResult> weakest = g.weakestAreas(2);
            if (!weakest.isEmpty()) {
                String sentence = w.format("unitIndex.announce.report.weakest", w.join(weakest.stream().map(ar ->
                        w.format("unitIndex.announce.report.named", ar.area().title(), w.percent(ar.averagePercent())))
                        .toList()));
                sentence += g.mostLost().map(m -> " " + w.format("unitIndex.announce.report.mostLost", m.area().title(),
                        w.f.compact(m.lost()), w.f.count(g.announced().size()))).orElse("");
                body.add(new Piece.Paragraph(sentence));
            }
        }
    }

    /** "Sở Tư pháp (96,50%)", or "Sở A và Sở B (cùng 96,50%)". */
    private String extreme(List<UnitIndexResult> units) {
        return w.format(units.size() == 1 ? "unitIndex.announce.report.extreme" : "unitIndex.announce.report.extreme.tied",
                w.units(units), w.percent(units.get(0).index()));
    }

    /** III. What the figures say, then brackets for the office's judgement. */
    private void assessment() {
        section(3, "unitIndex.announce.report.assessment");
        for (GroupResults g : a.groups()) {
            if (g.announced().isEmpty()) {
                continue;
            }
            List<UnitIndexResult> below = g.announced().stream().map(IndexRanking.Ranked::result)
                    .filter(r -> r.index().compareTo(EIGHTY) < 0).toList();
            int above = g.announced().size() - below.size();
            String group = w.group(g.group());
            body.add(new Piece.Paragraph(below.isEmpty()
                    ? w.format("unitIndex.announce.report.assess.allAbove", group, w.f.ratio(above, g.announced().size()))
                    : w.format("unitIndex.announce.report.assess.below", group, w.f.ratio(above, g.announced().size()),
                    w.f.count(below.size()), String.join("; ", below.stream().map(r -> w.format(
                            "unitIndex.announce.report.named", r.unitName(), w.percent(r.index()))).toList()))));
            BigDecimal gap = g.highest().get(0).index().subtract(g.lowest().get(0).index());
            if (g.announced().size() > 1) {
                body.add(new Piece.Paragraph(w.format("unitIndex.announce.report.assess.gap", group,
                        w.f.decimal(gap))));
            }
        }
        body.add(new Piece.Placeholder(w.get("unitIndex.announce.report.assess.strengths")));
        body.add(new Piece.Placeholder(w.get("unitIndex.announce.report.assess.weaknesses")));
    }

    private void proposals() {
        section(4, "unitIndex.announce.report.proposals");
        body.add(new Piece.Paragraph(w.format("unitIndex.announce.report.propose.decision", String.valueOf(a.year()))));
        body.add(new Piece.Placeholder(w.get("unitIndex.announce.report.propose.office")));
    }
}
