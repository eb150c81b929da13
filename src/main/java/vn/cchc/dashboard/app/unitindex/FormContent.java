package vn.cchc.dashboard.app.unitindex;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.CriterionMarks;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.excel.UnitIndexForm;
import vn.cchc.dashboard.i18n.Messages;

/**
 * What one unit's self-assessment form says: its heading (the province, the unit, its group, its plan's figures), the
 * columns, and a row per line of the set — one the unit scores, a section, exempt and why, or the survey's. Apart from
 * the sending, which reads the data and writes the files, so that the wording of a form is read in one place.
 */
final class FormContent {

    /** A member unit as its form shows it: the reasons of its exemptions by line, and its scores so far. */
    record Member(Unit unit, Map<String, String> exempt, Map<String, Score> scores) {
    }

    private final Messages messages;
    private final String province;
    private final boolean hasPlan;
    private final LocalDate today;
    private final Clock clock;

    /**
     * @param province the heading's first line ("UBND TỈNH MINH GIANG"), or ""
     * @param hasPlan  whether the province has a plan of the year, whose figures the forms then show
     */
    FormContent(Messages messages, String province, boolean hasPlan, LocalDate today, Clock clock) {
        this.messages = messages;
        this.province = province;
        this.hasPlan = hasPlan;
        this.today = today;
        this.clock = clock;
    }

    /** The form of {@code member}; {@code tasks} counts its tasks in the year's plan. */
    UnitIndexForm of(CriteriaSet set, Member member, ProgressCount tasks) {
        String day = messages.formats().date(today);
        String year = String.valueOf(set.year());
        String figures = hasPlan ? messages.format("unitIndex.forms.planFigures", year, day,
                messages.formats().count(tasks.planned()), messages.formats().count(tasks.count(
                        DeadlineCategory.COMPLETED_ON_TIME)),
                messages.formats().count(tasks.count(DeadlineCategory.COMPLETED_LATE)),
                messages.formats().count(tasks.count(DeadlineCategory.OVERDUE)))
                : messages.format("unitIndex.forms.noPlan", year);
        List<String> heading = List.of(province, messages.format("unitIndex.forms.title", year),
                messages.format("unitIndex.forms.unit", member.unit().name()),
                messages.format("unitIndex.forms.group", messages.get("unitIndex.group." + set.group().name())),
                figures, messages.format("unitIndex.forms.help", day));
        List<String> columns = new ArrayList<>();
        for (String c : List.of("code", "title", "max", "guidance", "reference", "score", "evidence", "explanation")) {
            columns.add(messages.get("unitIndex.forms.column." + c));
        }
        List<UnitIndexForm.Row> rows = new ArrayList<>();
        for (Criterion line : set.criteria()) {
            rows.add(row(set, line, member, CriterionMarks.onPlanTasks(line) ? figures : null));
        }
        return new UnitIndexForm(set.year(), set.group(), member.unit().id(), member.unit().name(), clock.instant(),
                heading, columns, rows);
    }

    private UnitIndexForm.Row row(CriteriaSet set, Criterion line, Member member, String reference) {
        Score score = member.scores().get(line.code());
        UnitIndexForm.Kind kind;
        String note = null;
        if (!set.children(line.code()).isEmpty()) {
            kind = UnitIndexForm.Kind.SECTION;
        } else if (!set.applies(line, member.exempt().keySet())) {
            kind = UnitIndexForm.Kind.EXEMPT;
            note = messages.format("unitIndex.forms.exempt", reason(set, line, member.exempt()));
        } else if (CriterionMarks.bySurvey(set, line)) {
            kind = UnitIndexForm.Kind.SURVEY;
            note = messages.get("unitIndex.forms.survey");
        } else {
            kind = UnitIndexForm.Kind.INPUT;
        }
        boolean input = kind == UnitIndexForm.Kind.INPUT && score != null;
        return new UnitIndexForm.Row(kind, line.code(), line.title(), line.maxPoints(), line.guidance(), reference,
                note, input ? score.selfScore() : null, input ? score.evidence() : null,
                input ? score.explanation() : null);
    }

    /** Why the line does not apply: its own exemption's reason, else that of the line it belongs to. */
    private static String reason(CriteriaSet set, Criterion line, Map<String, String> exempt) {
        for (Criterion c = line; c != null; c = c.parentCode() == null ? null : set.criterion(c.parentCode()).orElse(null)) {
            if (exempt.containsKey(c.code())) {
                return exempt.get(c.code());
            }
        }
        return "";
    }
}
