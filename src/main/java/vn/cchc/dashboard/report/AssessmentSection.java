package vn.cchc.dashboard.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.unitindex.UnitStanding;
import vn.cchc.dashboard.domain.Percent;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.UnitProgress;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.LaggingWording;
import vn.cchc.dashboard.i18n.StandingWording;
import vn.cchc.dashboard.i18n.Language;

/** III. Đánh giá chung: strengths and shortcomings read off the figures, the lagging units named with why. */
final class AssessmentSection {

    /** Lagging units named in the text; the annex and the deck carry the rest. */
    static final int UNITS_NAMED = 8;
    private static final int AREAS_NAMED = 3;
    private static final Comparator<AreaProgress> BY_RATE = Comparator.comparing(a -> a.count().percent());

    private final ReportFacts facts;
    private final Words words;
    private final Figures figures;

    AssessmentSection(ReportFacts facts, Words words, Figures figures) {
        this.facts = facts;
        this.words = words;
        this.figures = figures;
    }

    List<Block> blocks(String number) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, number + ". " + words.get("report.assessment.heading")));
        if (!facts.hasData()) {
            blocks.add(new Block.Paragraph(words.get("report.assessment.noData")));
            return blocks;
        }
        blocks.add(new Block.Heading(2, "1. " + words.get("report.strengths.heading")));
        strengths().forEach(text -> blocks.add(new Block.Paragraph(text)));
        blocks.add(new Block.Heading(2, "2. " + words.get("report.weaknesses.heading")));
        weaknesses().forEach(text -> blocks.add(new Block.Paragraph(text)));
        blocks.addAll(lagging());
        blocks.add(new Block.Heading(2, "3. " + words.get("report.causes.heading")));
        causes().ifPresent(text -> blocks.add(new Block.Paragraph(text)));
        blocks.add(new Block.Placeholder(words.get("report.causes.placeholder")));
        return blocks;
    }

    private List<String> strengths() {
        Formats f = words.f();
        ProgressCount all = facts.overall();
        List<String> texts = new ArrayList<>();
        int onTime = all.count(DeadlineCategory.COMPLETED_ON_TIME);
        int withDeadline = onTime + all.count(DeadlineCategory.COMPLETED_LATE);
        if (all.completed() == 0) {
            texts.add(words.get("report.strengths.none"));
        } else if (withDeadline == 0) {
            texts.add(words.format("report.strengths.result.recurring", f.count(all.completed())));
        } else {
            texts.add(words.format("report.strengths.result", f.count(all.completed()), f.count(withDeadline),
                    f.count(onTime), f.percent(Percent.of(onTime, withDeadline))));
        }
        List<String> best = areas(a -> a.count().completed() > 0 && a.count().percent().compareTo(all.percent()) > 0,
                BY_RATE.reversed());
        if (!best.isEmpty()) {
            texts.add(words.format("report.strengths.areas", f.percent(all.percent()), words.join(best)));
        }
        List<UnitProgress> units = facts.summary.byUnit();
        long clean = units.stream().filter(u -> u.count().count(DeadlineCategory.OVERDUE) == 0).count();
        texts.add(words.format("report.strengths.noOverdue", f.count(units.size()), f.count(clean)));
        Set<Long> lagging = facts.laggingUnits().stream().map(u -> u.unit().id()).collect(Collectors.toSet());
        List<String> allDone = units.stream().filter(u -> u.count().completed() == u.count().planned()
                        && !lagging.contains(u.unit().id()))
                .map(u -> Words.unitName(u.unit())).toList();
        if (!allDone.isEmpty()) {
            texts.add(words.format("report.strengths.allDone", words.join(allDone)));
        }
        List<String> meeting = indicators(ReportFacts.IndicatorLine::meets);
        if (!meeting.isEmpty()) {
            texts.add(words.format("report.strengths.indicators", words.join(meeting)));
        }
        return texts;
    }

    private List<String> weaknesses() {
        Formats f = words.f();
        ProgressCount all = facts.overall();
        List<String> texts = new ArrayList<>();
        int overdue = all.count(DeadlineCategory.OVERDUE);
        int late = all.count(DeadlineCategory.COMPLETED_LATE);
        texts.add(overdue + late == 0 ? words.get("report.weaknesses.noOverdue")
                : late == 0 ? words.format("report.weaknesses.overdue.only", f.count(overdue))
                : overdue == 0 ? words.format("report.weaknesses.late.only", f.count(late))
                : words.format("report.weaknesses.overdue", f.count(overdue), f.count(late)));
        List<String> worst = areas(a -> a.count().planned() > 0 && a.count().percent().compareTo(all.percent()) < 0,
                BY_RATE);
        if (!worst.isEmpty()) {
            texts.add(words.format("report.weaknesses.areas", f.percent(all.percent()), words.join(worst)));
        }
        long stale = facts.stale();
        if (stale > 0) {
            texts.add(words.format("report.weaknesses.stale", f.count(stale), f.count(facts.in.overview().staleDays())));
        }
        List<String> missing = indicators(l -> l.target() != null && l.judged() && !l.meets());
        if (!missing.isEmpty()) {
            texts.add(words.format("report.weaknesses.indicators", words.join(missing)));
        }
        return texts;
    }

    /** The areas {@code which} picks, in {@code order}, a few of them named with their figures. */
    private List<String> areas(Predicate<AreaProgress> which, Comparator<AreaProgress> order) {
        return facts.summary.byArea().stream().filter(which).sorted(order).limit(AREAS_NAMED).map(this::area).toList();
    }

    /** "tỷ lệ hồ sơ trực tuyến (82,28%)" for each indicator {@code which} picks. */
    private List<String> indicators(Predicate<ReportFacts.IndicatorLine> which) {
        return facts.indicators().stream().filter(which)
                .map(l -> IndicatorWording.nameInSentence(l.indicator(), words.messages()) + " ("
                        + IndicatorWording.figure(l.indicator(), l.value(), words.messages()) + ")").toList();
    }

    /**
     * The verdict on the units, counted so that each number says what it counts, then the lagging units by name, each
     * in a sentence that says why: only what was due by the day is held against a unit.
     */
    private List<Block> lagging() {
        Formats f = words.f();
        UnitVerdicts verdicts = facts.unitVerdicts();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(verdicts.summary(words)));
        List<LaggingUnit> behind = verdicts.lagging();
        if (behind.isEmpty()) {
            return blocks;
        }
        blocks.addAll(words.items(behind, UNITS_NAMED, this::laggingUnit, facts.in.includes(ReportPart.ANNEX)
                ? "report.units.more.annex" : "report.units.more"));
        figures.units().ifPresent(fig -> blocks.add(new Block.Figure(fig)));
        return blocks;
    }

    /**
     * "Sở Nội vụ còn 2 nhiệm vụ quá hạn chưa hoàn thành; có 1 nhiệm vụ hoàn thành quá hạn; Chỉ số CCHC năm 2025 đạt
     * 76,50%, xếp hạng 13/14 sở, ban, ngành." — the unit's reform index cited where there is one.
     */
    String laggingUnit(LaggingUnit u) {
        String sentence = LaggingWording.sentence(u, words.messages());
        UnitStanding standing = facts.in.unitIndex().get(u.unit().id());
        return standing == null ? sentence : sentence.substring(0, sentence.length() - 1) + "; "
                + StandingWording.phrase(standing, words.messages()) + ".";
    }

    /** Where the overdue tasks concentrate: the units with the most of them. */
    private Optional<String> causes() {
        Map<String, Long> byUnit = facts.overdue().stream().collect(Collectors.groupingBy(
                (TaskState s) -> Words.unitName(facts.leadOf(s)), Collectors.counting()));
        if (byUnit.isEmpty()) {
            return Optional.empty();
        }
        List<String> top = byUnit.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(AREAS_NAMED).map(e -> words.format("report.causes.unit", e.getKey(), words.f().count(e.getValue())))
                .toList();
        return Optional.of(words.format("report.causes.overdue", words.join(top)));
    }

    private String area(AreaProgress a) {
        Formats f = words.f();
        BigDecimal percent = a.count().percent();
        return words.format("report.area.named", a.area().name(words.messages().language() == Language.EN),
                f.ratio(a.count().completed(), a.count().planned()), f.percent(percent));
    }
}
