package vn.cchc.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.i18n.Formats;

/** I. Công tác chỉ đạo, điều hành: the plan issued, the headline "X/Y nhiệm vụ, đạt Z%", the direction tasks. */
final class DirectionSection {

    private final ReportFacts facts;
    private final Words words;
    private final Figures figures;

    DirectionSection(ReportFacts facts, Words words, Figures figures) {
        this.facts = facts;
        this.words = words;
        this.figures = figures;
    }

    List<Block> blocks(String number) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, number + ". " + words.get("report.direction.heading")));
        blocks.add(new Block.Heading(2, "1. " + words.get("report.direction.plan.heading")));
        blocks.add(new Block.Paragraph(planIssued()));
        blocks.add(new Block.Heading(2, "2. " + words.get("report.direction.result.heading")));
        if (!facts.hasData()) {
            blocks.add(new Block.Paragraph(noData(facts, words)));
            blocks.addAll(new StatisticsLines(facts, words).area(ReportFacts.DIRECTION_AREA));
            return blocks;
        }
        blocks.add(new Block.Paragraph(headline(facts, words) + " " + new CountPhrases(words).split(facts.overall())));
        blocks.add(new Block.Paragraph(change() + " " + words.format("report.dataDate",
                words.f().date(facts.summary.dataDate()))));
        figures.status().ifPresent(f -> blocks.add(new Block.Figure(f)));
        facts.directionArea().ifPresent(area -> {
            blocks.add(new Block.Heading(2, "3. " + words.get("report.direction.area.heading")));
            blocks.addAll(new AreaSections(facts, words, figures).areaBody(area));
        });
        return blocks;
    }

    /**
     * "Tính đến ngày 14/06/2026, các cơ quan, đơn vị đã hoàn thành 28/99 nhiệm vụ, đạt 28,28% so với kế hoạch năm."; a
     * national plan names whose tasks they are ("các tỉnh, thành phố", "các bộ, cơ quan ngang bộ").
     */
    static String headline(ReportFacts facts, Words words) {
        ProgressCount all = facts.overall();
        Formats f = words.f();
        PlanKind kind = facts.summary.plan().kind();
        return words.format(kind == PlanKind.LOCAL ? "report.headline" : "report.headline." + kind.name(),
                f.date(facts.asOf), f.ratio(all.completed(), all.planned()), f.percent(all.percent()));
    }

    /** Why there is nothing to count, in place of a page of zeros. */
    static String noData(ReportFacts facts, Words words) {
        Plan plan = facts.summary.plan();
        return facts.overall().planned() == 0 ? words.format("report.noTasks", words.planReference(plan))
                : words.format("report.noData", words.f().date(facts.asOf), words.planReference(plan));
    }

    private String planIssued() {
        Plan plan = facts.summary.plan();
        Formats f = words.f();
        ProgressCount all = facts.overall();
        if (all.planned() == 0) {
            return words.format("report.direction.plan.empty", words.planReference(plan));
        }
        long areas = facts.summary.byArea().stream().filter(a -> a.count().planned() > 0).count();
        String text = words.format("report.direction.plan", words.planReference(plan), f.count(all.planned()),
                f.count(areas), f.count(facts.leadUnits()));
        int recurring = all.count(DeadlineCategory.RECURRING);
        // The one rule for recurring tasks, stated once: they count in the plan like every task, and as done for the
        // period once a report in the period says their work was carried out.
        return recurring == 0 ? text : text + " " + words.format("report.direction.recurring", f.count(recurring));
    }

    private String change() {
        Formats f = words.f();
        int now = facts.overall().completed();
        int then = facts.before.completed();
        String since = f.date(facts.in.overview().comparison());
        if (now == then) {
            return words.format("report.change.none", since);
        }
        return words.format(now > then ? "report.change.up" : "report.change.down", since, f.count(Math.abs(now - then)),
                f.count(then), f.count(now));
    }
}
