package vn.cchc.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Plan;
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
            return blocks;
        }
        blocks.add(new Block.Paragraph(headline(facts, words) + " " + split()));
        blocks.add(new Block.Paragraph(change() + " " + words.format("report.dataDate",
                words.f().date(facts.summary.dataDate()))));
        figures.status().ifPresent(f -> blocks.add(new Block.Figure(f)));
        facts.directionArea().ifPresent(area -> {
            blocks.add(new Block.Heading(2, "3. " + words.get("report.direction.area.heading")));
            blocks.addAll(new AreaSections(facts, words, figures).areaBody(area));
        });
        return blocks;
    }

    /** "Tính đến ngày 14/06/2026, các cơ quan, đơn vị đã hoàn thành 28/99 nhiệm vụ, đạt 28,28% so với kế hoạch năm." */
    static String headline(ReportFacts facts, Words words) {
        ProgressCount all = facts.overall();
        Formats f = words.f();
        return words.format("report.headline", f.date(facts.asOf), f.ratio(all.completed(), all.planned()),
                f.percent(all.percent()));
    }

    /** Why there is nothing to count, in place of a page of zeros. */
    static String noData(ReportFacts facts, Words words) {
        Plan plan = facts.summary.plan();
        return facts.overall().planned() == 0 ? words.format("report.noTasks", plan.title())
                : words.format("report.noData", words.f().date(facts.asOf), plan.title());
    }

    private String planIssued() {
        Plan plan = facts.summary.plan();
        Formats f = words.f();
        String document = plan.documentNumber() == null ? "" : words.format("report.planDocument",
                plan.documentNumber(), f.date(plan.documentDate()));
        ProgressCount all = facts.overall();
        if (all.planned() == 0) {
            return words.format("report.direction.plan.empty", plan.title(), document);
        }
        long areas = facts.summary.byArea().stream().filter(a -> a.count().planned() > 0).count();
        String text = words.format("report.direction.plan", plan.title(), document, f.count(all.planned()),
                f.count(areas), f.count(facts.leadUnits()));
        int recurring = all.count(DeadlineCategory.RECURRING);
        return recurring == 0 ? text : text + " " + words.format("report.direction.recurring", f.count(recurring));
    }

    /** Of the completed, how many on time and late; of the open, how many in time, not started and overdue. */
    private String split() {
        ProgressCount all = facts.overall();
        Formats f = words.f();
        List<String> done = new ArrayList<>();
        add(done, "report.part.onTime", all.count(DeadlineCategory.COMPLETED_ON_TIME));
        add(done, "report.part.late", all.count(DeadlineCategory.COMPLETED_LATE));
        add(done, "report.part.recurringDone", all.completed() - all.count(DeadlineCategory.COMPLETED_ON_TIME)
                - all.count(DeadlineCategory.COMPLETED_LATE));
        List<String> open = new ArrayList<>();
        add(open, "report.part.inProgress", all.count(DeadlineCategory.IN_PROGRESS));
        add(open, "report.part.notStarted", all.count(DeadlineCategory.NOT_STARTED));
        add(open, "report.part.overdue", all.count(DeadlineCategory.OVERDUE));
        int openCount = all.count(DeadlineCategory.IN_PROGRESS) + all.count(DeadlineCategory.NOT_STARTED)
                + all.count(DeadlineCategory.OVERDUE);
        StringBuilder text = new StringBuilder();
        if (!done.isEmpty()) {
            text.append(words.format("report.split.done", words.join(done)));
        }
        if (!open.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append(words.format("report.split.open", f.count(openCount),
                    words.join(open)));
        }
        return text.toString();
    }

    private void add(List<String> parts, String key, int count) {
        if (count > 0) {
            parts.add(words.format(key, words.f().count(count)));
        }
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
