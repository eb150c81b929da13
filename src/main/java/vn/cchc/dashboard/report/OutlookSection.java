package vn.cchc.dashboard.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.NextPeriod;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.PeriodWording;

/** IV. Phương hướng: what falls due before the next cut-off; V. Đề xuất, kiến nghị: left to the office. */
final class OutlookSection {

    /** Tasks due next period named in the text. */
    static final int DUE_NAMED = 10;
    /** Lagging units named in the directive; more are counted. */
    private static final int UNITS_NAMED = 6;

    private final ReportFacts facts;
    private final Words words;

    OutlookSection(ReportFacts facts, Words words) {
        this.facts = facts;
        this.words = words;
    }

    /**
     * Named for the period after this one (after 6 tháng: "6 tháng cuối năm"; after the year: the next year):
     * the overdue tasks, then those falling due in it, or after an annual report those left in the year.
     */
    List<Block> outlook(String number) {
        Formats f = words.f();
        List<Block> blocks = new ArrayList<>();
        int year = facts.summary.plan().year();
        NextPeriod next = NextPeriod.after(facts.in.period(), facts.asOf);
        String nextName = PeriodWording.next(next, words.messages());
        blocks.add(new Block.Heading(1, number + ". " + words.format("report.outlook.heading", nextName)
                .toUpperCase(words.messages().language().locale())));
        int overdue = facts.overall().count(DeadlineCategory.OVERDUE);
        if (overdue > 0) {
            blocks.add(new Block.Paragraph(words.format("report.outlook.overdue", f.count(overdue))));
        }
        laggingDirective().ifPresent(blocks::add);
        LocalDate until = next.tasksDueUntil(year);
        List<TaskState> due = facts.dueBy(until);
        if (!due.isEmpty()) {
            blocks.add(new Block.Paragraph(next.beyond(year)
                    ? words.format("report.outlook.dueRest", f.count(due.size()), String.valueOf(year), f.date(until))
                    : words.format("report.outlook.due", nextName, f.count(due.size()), f.date(until))));
            blocks.addAll(words.items(due, DUE_NAMED, this::dueTask, "report.tasks.more"));
        }
        long open = facts.states.stream().filter(s -> !s.isCompleted()).count();
        if (next.beyond(year)) {
            blocks.add(new Block.Paragraph(words.format("report.outlook.nextYear", f.count(open),
                    String.valueOf(year), String.valueOf(next.year()))));
        } else if (due.isEmpty()) {
            blocks.add(new Block.Paragraph(words.format("report.outlook.noneDue", nextName, f.count(open),
                    f.date(until))));
        }
        blocks.add(new Block.Paragraph(words.get("report.outlook.update")));
        return blocks;
    }

    List<Block> proposals(String number) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, number + ". " + words.get("report.proposals.heading")));
        blocks.add(new Block.Placeholder(words.get("report.proposals.placeholder")));
        return blocks;
    }

    /** The lagging units told to catch up, by name when they are few. */
    private Optional<Block> laggingDirective() {
        List<LaggingUnit> lagging = facts.hasData() ? facts.laggingUnits() : List.of();
        if (lagging.isEmpty()) {
            return Optional.empty();
        }
        if (lagging.size() > UNITS_NAMED) {
            return Optional.of(new Block.Paragraph(words.format("report.outlook.lagging.count",
                    words.f().count(lagging.size()))));
        }
        return Optional.of(new Block.Paragraph(words.format("report.outlook.lagging.named",
                words.join(lagging.stream().map(u -> Words.unitName(u.unit())).toList()))));
    }

    private String dueTask(TaskState s) {
        return words.format("report.task.due", s.task().title(), Words.unitName(facts.leadOf(s)),
                words.f().date(s.task().dueDate()));
    }
}
