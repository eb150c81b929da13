package vn.cchc.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.UnitGroup;
import vn.cchc.dashboard.domain.UnitProgress;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.LaggingWording;
import vn.cchc.dashboard.i18n.PeriodWording;

/** The statistical annex (phụ lục): by area and deadline category, by unit, the overdue tasks, the indicators. */
final class AnnexTables {

    /** Rows a table lists before it counts the rest: the annex of a plan with thousands of tasks stays readable. */
    static final int ROW_LIMIT = 100;
    /** Units behind schedule on the deck's slide. */
    static final int SLIDE_ROWS = 8;

    private final ReportFacts facts;
    private final Words words;

    AnnexTables(ReportFacts facts, Words words) {
        this.facts = facts;
        this.words = words;
    }

    List<AnnexTable> tables() {
        List<AnnexTable> tables = new ArrayList<>(List.of(byArea(), byUnit(), overdue(), indicators(), verdicts()));
        if (facts.in.statistics() != null) {
            tables.add(new StatisticsAnnex(facts, words).table(tables.size() + 1));
        }
        return tables;
    }

    private AnnexTable.Column column(String key, double weight, boolean numeric) {
        return new AnnexTable.Column(words.get("report.annex.column." + key), weight, numeric);
    }

    private String title(int number, String key) {
        return words.format("report.annex.table", number, words.get(key), words.f().date(facts.asOf));
    }

    /** Biểu 1: each area split exactly as the prose splits it (see {@link CountPhrases}). */
    AnnexTable byArea() {
        boolean english = words.messages().language() == Language.EN;
        CountPhrases phrases = new CountPhrases(words);
        List<AnnexTable.Column> columns = new ArrayList<>(List.of(column("number", 0.5, false), column("area", 3.2, false),
                column("planned", 0.8, true), column("completed", 0.9, true)));
        for (CountPhrases.Part part : CountPhrases.Part.values()) {
            columns.add(new AnnexTable.Column(phrases.header(part), 1, true));
        }
        columns.add(column("percent", 1.1, true));
        List<List<String>> rows = new ArrayList<>();
        List<AreaProgress> areas = facts.summary.byArea();
        for (int i = 0; i < areas.size(); i++) {
            rows.add(countRow(Words.roman(i + 1), areas.get(i).area().name(english), areas.get(i).count()));
        }
        return new AnnexTable(title(1, "report.annex.areas"), columns, rows,
                countRow("", words.get("report.annex.total"), facts.overall()), null);
    }

    private List<String> countRow(String number, String name, ProgressCount count) {
        Formats f = words.f();
        List<String> row = new ArrayList<>(List.of(number, name, f.count(count.planned()), f.count(count.completed())));
        for (CountPhrases.Part part : CountPhrases.Part.values()) {
            row.add(f.count(part.of(count)));
        }
        row.add(f.percent(count.percent()));
        return row;
    }

    AnnexTable byUnit() {
        Formats f = words.f();
        List<UnitProgress> units = facts.summary.byUnit();
        List<List<String>> rows = new ArrayList<>();
        // Under their groups as the structure stood on the data date, as annex tables list them (I. Sở, ban,
        // ngành; II. UBND cấp xã), numbered within each group; units without a record ("other") come last.
        List<UnitProgress> shown = units.subList(0, Math.min(units.size(), ROW_LIMIT));
        int group = 0;
        for (UnitGroup unitGroup : UnitGroup.values()) {
            List<UnitProgress> members = shown.stream().filter(u -> u.unit() != null
                    && UnitGroup.of(u.unit(), facts.asOf) == unitGroup).toList();
            if (!members.isEmpty()) {
                rows.add(List.of(Words.roman(++group), words.messages().format("unit.group." + unitGroup.name()),
                        "", "", "", "", ""));
                rows.addAll(unitRows(members));
            }
        }
        rows.addAll(unitRows(shown.stream().filter(u -> u.unit() == null).toList()));
        ProgressCount all = facts.overall();
        String note = units.size() <= ROW_LIMIT ? null : words.format("report.annex.units.more",
                f.count(units.size() - ROW_LIMIT), f.count(units.size()));
        return new AnnexTable(title(2, "report.annex.units"), List.of(column("number", 0.5, false),
                column("unit", 4, false), column("planned", 1, true), column("completed", 1, true),
                column("percent", 1.2, true), column("overdue", 1.2, true), column("late", 1.2, true)), rows,
                List.of("", words.get("report.annex.total"), f.count(all.planned()), f.count(all.completed()),
                        f.percent(all.percent()), f.count(all.count(DeadlineCategory.OVERDUE)),
                        f.count(all.count(DeadlineCategory.COMPLETED_LATE))), note);
    }

    private List<List<String>> unitRows(List<UnitProgress> units) {
        Formats f = words.f();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            ProgressCount c = units.get(i).count();
            rows.add(List.of(f.count(i + 1), Words.unitName(units.get(i).unit()), f.count(c.planned()),
                    f.count(c.completed()), f.percent(c.percent()), f.count(c.count(DeadlineCategory.OVERDUE)),
                    f.count(c.count(DeadlineCategory.COMPLETED_LATE))));
        }
        return rows;
    }

    AnnexTable overdue() {
        Formats f = words.f();
        List<TaskState> overdue = facts.overdue();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(overdue.size(), ROW_LIMIT); i++) {
            TaskState s = overdue.get(i);
            rows.add(List.of(f.count(i + 1), s.task().code(), s.task().title(), Words.unitName(facts.leadOf(s)),
                    f.date(s.task().dueDate()), f.count(s.daysOverdue())));
        }
        String note = overdue.isEmpty() ? words.get("report.annex.overdue.none")
                : overdue.size() <= ROW_LIMIT ? null : words.format("report.annex.overdue.more",
                f.count(overdue.size() - ROW_LIMIT), f.count(overdue.size()),
                f.count(overdue.get(ROW_LIMIT).daysOverdue()));
        return new AnnexTable(title(3, "report.annex.overdue"), List.of(column("number", 0.5, false),
                column("code", 0.8, false), column("task", 4.2, false), column("lead", 2.2, false),
                column("due", 1.3, false), column("daysLate", 0.9, true)), rows, null, note);
    }

    AnnexTable indicators() {
        List<ReportFacts.IndicatorLine> lines = facts.indicators();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReportFacts.IndicatorLine l = lines.get(i);
            rows.add(List.of(words.f().count(i + 1), IndicatorWording.name(l.indicator(), words.messages()),
                    IndicatorWording.figure(l.indicator(), l.value(), words.messages()),
                    l.target() == null ? "–" : IndicatorWording.targetRule(l.indicator(), l.target().value(), words.messages()),
                    words.get(l.target() == null ? "report.annex.verdict.noTarget"
                            : !l.judged() ? "report.annex.verdict.notYet"
                            : l.meets() ? "report.annex.verdict.meets" : "report.annex.verdict.below"),
                    words.f().ratio(l.below(), l.reporting())));
        }
        String note = lines.isEmpty() ? words.get("report.indicators.none")
                : words.format("report.annex.indicators.period", PeriodWording.name(facts.indicatorPeriod(), words.messages()));
        return new AnnexTable(title(4, "report.annex.indicators"), List.of(column("number", 0.5, false),
                column("indicator", 4, false),
                column(facts.summary.plan().kind() == PlanKind.LOCAL ? "province" : "nation", 1.3, true), column("target", 1.3, true),
                column("verdict", 1.3, false), column("unitsBelow", 1.5, true)), rows, null, note);
    }

    /** Biểu 5: the verdict on every unit followed, lagging ones first, each with the sentence that explains it. */
    AnnexTable verdicts() {
        Formats f = words.f();
        List<LaggingUnit> units = facts.unitVerdicts().units();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(units.size(), ROW_LIMIT); i++) {
            LaggingUnit u = units.get(i);
            rows.add(List.of(f.count(i + 1), Words.unitName(u.unit()), u.due() == 0 ? "–" : f.ratio(u.dueCompleted(), u.due()),
                    f.count(u.overdue()), LaggingWording.verdict(u, words.messages()),
                    LaggingWording.cell(u, words.messages())));
        }
        String note = units.size() <= ROW_LIMIT ? words.get("report.annex.verdicts.note")
                : words.get("report.annex.verdicts.note") + " " + words.format("report.annex.units.more",
                f.count(units.size() - ROW_LIMIT), f.count(units.size()));
        return new AnnexTable(title(5, "report.annex.verdicts"), List.of(column("number", 0.7, false),
                column("unit", 2.6, false), column("dueDone", 1.1, true), column("overdue", 1, true),
                column("verdict", 1.3, false), column("reasons", 5, false)), rows, null, note);
    }

    /** The units behind schedule for the deck's slide, the furthest behind first; null when none is. */
    AnnexTable laggingSlide() {
        List<LaggingUnit> behind = facts.laggingUnits();
        if (behind.isEmpty() || !facts.hasData()) {
            return null;
        }
        Formats f = words.f();
        List<List<String>> rows = behind.stream().limit(SLIDE_ROWS).map(u -> List.of(
                u.rank() + (u.tied() ? "=" : ""), Words.unitName(u.unit()), f.ratio(u.dueCompleted(), u.due()),
                LaggingWording.cell(u, words.messages()))).toList();
        String note = behind.size() <= SLIDE_ROWS ? null
                : words.format("report.units.more.annex", f.count(behind.size() - SLIDE_ROWS));
        return new AnnexTable(words.format("report.deck.lagging", f.count(behind.size()),
                f.count(facts.unitVerdicts().units().size())), List.of(column("rank", 0.5, true),
                column("unit", 2.2, false), column("dueDone", 0.9, true), column("reasons", 5, false)), rows, null, note);
    }
}
