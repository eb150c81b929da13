package vn.cchc.dashboard.report;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportDay;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;

/**
 * Composes the periodic CCHC report from its inputs, in the outline offices use (I. chỉ đạo, điều hành;
 * II. kết quả theo lĩnh vực; III. đánh giá chung; IV. phương hướng; V. kiến nghị; phụ lục) and the heading
 * and closing of Nghị định 30/2020. Pure: the same inputs give the same report.
 */
public final class ReportComposer {

    private ReportComposer() {
    }

    public static Report compose(ReportInputs in, Messages messages) {
        ReportFacts facts = new ReportFacts(in);
        Words words = new Words(messages);
        Figures figures = new Figures(facts, words);
        IssuerWording issuer = new IssuerWording(in.settings(), messages);
        String period = periodPhrase(facts, words);
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(intro(in, facts, words, period, issuer)));
        if (in.includes(ReportPart.DIRECTION) || in.includes(ReportPart.AREAS)) {
            new StatisticsLines(facts, words).coverage().ifPresent(body::add);
        }
        int section = 0;
        if (in.includes(ReportPart.DIRECTION)) {
            body.addAll(new DirectionSection(facts, words, figures).blocks(Words.roman(++section)));
        }
        if (in.includes(ReportPart.AREAS)) {
            body.addAll(new AreaSections(facts, words, figures).blocks(Words.roman(++section)));
        }
        if (in.includes(ReportPart.ASSESSMENT)) {
            body.addAll(new AssessmentSection(facts, words, figures).blocks(Words.roman(++section)));
        }
        OutlookSection outlook = new OutlookSection(facts, words);
        if (in.includes(ReportPart.NEXT_PERIOD)) {
            body.addAll(outlook.outlook(Words.roman(++section)));
        }
        if (in.includes(ReportPart.PROPOSALS)) {
            body.addAll(outlook.proposals(Words.roman(++section)));
        }
        boolean annex = in.includes(ReportPart.ANNEX) && facts.hasData();
        if (in.includes(ReportPart.ANNEX) && !facts.hasData()) {
            body.add(new Block.Paragraph(words.get("report.annex.noData")));
        }
        body.add(new Block.Paragraph(words.format("report.closing", period, issuer.name())));
        AnnexTables tables = new AnnexTables(facts, words);
        String headline = facts.hasData() ? DirectionSection.headline(facts, words) : DirectionSection.noData(facts, words);
        return new Report(messages.language(), facts.asOf, words.format(in.estimate() ? "report.fileTitle.estimate"
                : "report.fileTitle", period),
                heading(in, facts, words, issuer), headline, dataNote(facts, words), body, closing(issuer, words),
                annex ? words.format("report.annex.title", period) : null,
                annex ? issuer.annexReference(reportDate(in, facts).getYear()) : null, annex ? tables.tables() : List.of(),
                tables.laggingSlide(), in.overview());
    }

    /** "6 tháng đầu năm 2026", or "năm 2026 (tính đến ngày 21/06/2026)" for a day off the official windows. */
    private static String periodPhrase(ReportFacts facts, Words words) {
        ReportPeriod period = facts.in.period();
        return period != null ? PeriodWording.name(period, words.messages())
                : words.format("report.period.asOf", String.valueOf(facts.summary.plan().year()),
                words.f().date(facts.asOf));
    }

    /**
     * "… (số liệu tính đến ngày 04/12/2026)"; for a period not yet over, as offices word an early report,
     * "… (số liệu tính đến ngày 04/12/2026, ước thực hiện đến ngày 14/12/2026)".
     */
    private static String intro(ReportInputs in, ReportFacts facts, Words words, String period,
                                IssuerWording issuerWording) {
        String plan = words.planReference(facts.summary.plan());
        String issuer = issuerWording.name();
        String asOf = words.f().date(facts.asOf);
        return in.estimate()
                ? words.format("report.intro.estimate", plan, period, asOf, issuer, words.f().date(in.period().end()))
                : words.format("report.intro", plan, period, asOf, issuer);
    }

    /**
     * Dated in the month the report is due (the 20th of the period's last month), never before its data; the day is
     * the office's.
     */
    private static LocalDate reportDate(ReportInputs in, ReportFacts facts) {
        return new ReportDay(facts.asOf, in.estimate()).dated(in.period());
    }

    private static ReportHeading heading(ReportInputs in, ReportFacts facts, Words words, IssuerWording issuer) {
        ReportSettings s = in.settings();
        Locale locale = words.messages().language().locale();
        LocalDate dated = reportDate(in, facts);
        String subject = words.format(in.estimate() ? "report.title.subject.estimate" : "report.title.subject",
                periodPhrase(facts, words));
        return new ReportHeading(issuer.parentLine(), issuer.issuingLines(), issuer.numberLine(),
                words.get("report.heading.nation"),
                words.get("report.heading.motto"), words.format("report.heading.date", issuer.place(),
                String.valueOf(dated.getMonthValue()), String.valueOf(dated.getYear()),
                dated.getMonth().getDisplayName(TextStyle.FULL, locale)), words.get("report.heading.kind"), subject,
                issuer.addresseeLine());
    }

    private static String dataNote(ReportFacts facts, Words words) {
        Formats f = words.f();
        String note = words.format("report.dataNote", facts.summary.plan().title(), f.date(facts.asOf));
        return facts.summary.dataDate() == null ? note
                : note + " · " + words.format("report.dataNote.updated", f.date(facts.summary.dataDate()));
    }

    private static ReportClosing closing(IssuerWording issuer, Words words) {
        return new ReportClosing(words.get("report.recipients.label"), issuer.recipients(), issuer.signer(), "");
    }
}
