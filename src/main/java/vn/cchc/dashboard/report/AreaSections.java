package vn.cchc.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.PeriodWording;

/** II. Kết quả thực hiện: each reform area with its figures and the tasks done and overdue in it, then the indicators. */
final class AreaSections {

    /** Tasks named per list in the text; the annex lists them all. */
    static final int TASKS_NAMED = 5;

    private final ReportFacts facts;
    private final Words words;
    private final Figures figures;
    private final StatisticsLines statistics;

    AreaSections(ReportFacts facts, Words words, Figures figures) {
        this.facts = facts;
        this.words = words;
        this.figures = figures;
        this.statistics = new StatisticsLines(facts, words);
    }

    List<Block> blocks(String number) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, number + ". " + words.get("report.areas.heading")));
        if (facts.hasData()) {
            blocks.add(new Block.Paragraph(words.get(facts.in.includes(ReportPart.ANNEX)
                    ? "report.areas.intro.annex" : "report.areas.intro")));
            figures.areas().ifPresent(f -> blocks.add(new Block.Figure(f)));
        }
        int sub = 0;
        for (AreaProgress area : facts.reformAreas()) {
            blocks.add(new Block.Heading(2, ++sub + ". " + area.area().name(english())));
            blocks.addAll(areaBody(area));
        }
        List<String> stated = facts.summary.byArea().stream().map(a -> a.area().code()).toList();
        List<Block> others = statistics.blocks(statistics.outside(Set.copyOf(stated)));
        if (!others.isEmpty()) {
            blocks.add(new Block.Heading(2, ++sub + ". " + words.get("report.statistics.other")));
            blocks.addAll(others);
        }
        blocks.add(new Block.Heading(2, ++sub + ". " + words.get("report.indicators.heading")));
        blocks.addAll(indicators());
        NationalSection national = new NationalSection(facts, words, figures);
        if (national.applies()) {
            blocks.add(new Block.Heading(2, ++sub + ". " + national.heading()));
            blocks.addAll(national.blocks());
        }
        return blocks;
    }

    private boolean english() {
        return words.messages().language() == Language.EN;
    }

    /** An area's tasks, then the province's figures from the units' statistics in it. */
    List<Block> areaBody(AreaProgress area) {
        List<Block> blocks = new ArrayList<>(taskBody(area));
        blocks.addAll(statistics.area(area.area().code()));
        return blocks;
    }

    /** An area's figures in a sentence, then the tasks done and those overdue, a few of each by name. */
    private List<Block> taskBody(AreaProgress area) {
        ProgressCount count = area.count();
        Formats f = words.f();
        List<Block> blocks = new ArrayList<>();
        if (count.planned() == 0) {
            blocks.add(new Block.Paragraph(words.get("report.area.none")));
            return blocks;
        }
        if (!facts.hasData()) {
            blocks.add(new Block.Paragraph(words.format("report.area.planned", f.count(count.planned()))));
            return blocks;
        }
        String figuresText = words.format("report.area.figures", f.count(count.planned()), f.date(facts.asOf),
                f.ratio(count.completed(), count.planned()), f.percent(count.percent()));
        String split = new CountPhrases(words).split(count);
        boolean noOverdue = count.count(DeadlineCategory.OVERDUE) == 0 && count.completed() < count.planned();
        blocks.add(new Block.Paragraph(figuresText + " " + split
                + (noOverdue ? " " + words.get("report.area.noOverdue") : "")));
        List<TaskState> states = facts.inArea(area.area());
        List<TaskState> done = states.stream().filter(TaskState::isCompleted).toList();
        if (!done.isEmpty()) {
            blocks.add(new Block.Paragraph(words.format("report.area.done", f.count(done.size()))));
            blocks.addAll(words.items(done, TASKS_NAMED, this::doneTask, "report.tasks.more"));
        }
        List<TaskState> late = facts.overdue().stream().filter(s -> s.task().areaCode().equals(area.area().code())).toList();
        if (!late.isEmpty()) {
            blocks.add(new Block.Paragraph(words.format("report.area.overdue", f.count(late.size()))));
            blocks.addAll(words.items(late, TASKS_NAMED, this::overdueTask, "report.tasks.more"));
        }
        return blocks;
    }

    /** "Xây dựng … (Sở Tư pháp, hoàn thành ngày 12/05/2026)". */
    String doneTask(TaskState s) {
        return words.format(s.task().recurring() ? "report.task.carriedOut" : "report.task.done", s.task().title(),
                Words.unitName(facts.leadOf(s)),
                words.f().date(s.completedOn()));
    }

    /** "Rà soát … (Sở Tài chính chủ trì; hạn 31/03/2026, chậm 75 ngày)". */
    String overdueTask(TaskState s) {
        Formats f = words.f();
        return words.format("report.task.overdue", s.task().title(), Words.unitName(facts.leadOf(s)),
                f.date(s.task().dueDate()), f.count(s.daysOverdue()));
    }

    private List<Block> indicators() {
        List<ReportFacts.IndicatorLine> lines = facts.indicators();
        if (lines.isEmpty()) {
            return List.of(new Block.Paragraph(words.get("report.indicators.none")));
        }
        List<Block> blocks = new ArrayList<>();
        boolean judged = lines.stream().anyMatch(ReportFacts.IndicatorLine::judged);
        blocks.add(new Block.Paragraph(words.format(judged ? "report.indicators.intro" : "report.indicators.intro.yearTargets",
                PeriodWording.name(facts.indicatorPeriod(), words.messages()))));
        lines.forEach(line -> blocks.add(new Block.Item(indicatorLine(line))));
        return blocks;
    }

    /**
     * "Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 82,28%, chưa đạt chỉ tiêu từ 85% trở lên (Nghị quyết 76/NQ-CP)." for the
     * year's figures; before the year's end the year's target is named beside the figure but not judged.
     */
    String indicatorLine(ReportFacts.IndicatorLine line) {
        String name = IndicatorWording.name(line.indicator(), words.messages());
        String value = words.format(line.indicator().higherIsBetter() ? "report.indicator.reaches" : "report.indicator.stands",
                IndicatorWording.figure(line.indicator(), line.value(), words.messages()));
        IndicatorTarget target = line.target();
        int year = facts.indicatorPeriod().year();
        if (target == null) {
            return words.format("report.indicator.noTarget", name, value, String.valueOf(year));
        }
        String rule = IndicatorWording.targetPhrase(line.indicator(), target.value(), words.messages());
        String units = words.f().ratio(line.below(), line.reporting());
        if (!line.judged()) {
            String text = words.format("report.indicator.yearTarget", name, value, String.valueOf(year), rule);
            return line.below() == 0 ? text
                    : text + " " + words.format("report.indicator.unitsBelowYearTarget", units);
        }
        String text = words.format(line.meets() ? "report.indicator.meets" : "report.indicator.below", name, value,
                rule);
        return line.below() == 0 ? text : text + " " + words.format("report.indicator.unitsBelow", units);
    }
}
