package vn.cchc.dashboard.ui.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchc.dashboard.app.indicators.IndicatorLibrary;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.indicators.Milestone;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The target part of the library's form: for one year, the target with the document that sets it, the baseline and
 * the milestones within the year. A target is optional, but what is typed must hang together – a document for a
 * target, a target for a baseline or a milestone, a baseline year before the target's – and is read as a whole.
 */
final class TargetForm {

    /** The milestones the form offers within a year, in order. */
    static final List<ReportPeriod.Kind> MILESTONE_KINDS = List.of(ReportPeriod.Kind.Q1, ReportPeriod.Kind.H1,
            ReportPeriod.Kind.M9);

    /** The target part as typed: nothing, or a value with its document, baseline and milestones. */
    record Input(boolean given, BigDecimal value, String document, BigDecimal baseline,
                 Integer baselineYear, List<BigDecimal> milestoneValues, int year) {

        List<Milestone> milestones(String code) {
            List<Milestone> result = new ArrayList<>();
            for (int i = 0; i < MILESTONE_KINDS.size(); i++) {
                if (milestoneValues.get(i) != null) {
                    result.add(new Milestone(code, new ReportPeriod(year, MILESTONE_KINDS.get(i)), milestoneValues.get(i)));
                }
            }
            return result;
        }

        /** Sets the year's target of {@code code} as typed, or removes it when none was typed. */
        void saveTo(IndicatorLibrary library, String code) {
            IndicatorTarget t = given ? new IndicatorTarget(code, year, value, document, baseline, baselineYear) : null;
            library.setTarget(code, year, t, t == null ? List.of() : milestones(code));
        }
    }

    private final Messages messages;
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty document = new SimpleStringProperty(this, "document", "");
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "");
    private final StringProperty baselineYear = new SimpleStringProperty(this, "baselineYear", "");
    private final List<StringProperty> milestones = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));

    TargetForm(Messages messages, int year) {
        this.messages = messages;
        this.year.set(year);
    }

    /** Shows the year's target of {@code indicator} as {@code contents} holds it; blank for none. */
    void show(Indicator indicator, IndicatorLibrary.Contents contents) {
        Optional<IndicatorTarget> t = indicator == null || contents == null ? Optional.empty()
                : contents.targetsOf(indicator.code()).stream().filter(x -> x.year() == year.get()).findFirst();
        target.set(t.map(x -> messages.formats().compact(x.value())).orElse(""));
        document.set(t.map(IndicatorTarget::document).orElse(""));
        baseline.set(t.map(IndicatorTarget::baseline).map(messages.formats()::compact).orElse(""));
        baselineYear.set(t.map(IndicatorTarget::baselineYear).map(String::valueOf).orElse(""));
        List<Milestone> set = indicator == null || contents == null ? List.of()
                : contents.milestonesOf(indicator.code(), year.get());
        for (int i = 0; i < MILESTONE_KINDS.size(); i++) {
            ReportPeriod.Kind kind = MILESTONE_KINDS.get(i);
            milestones.get(i).set(set.stream().filter(m -> m.period().kind() == kind).findFirst()
                    .map(m -> messages.formats().compact(m.value())).orElse(""));
        }
    }

    /** The target part as typed; what does not read or hang together is a problem at its field. */
    Input read(FormReading reading) {
        BigDecimal value = reading.number("target", target.get());
        List<BigDecimal> stages = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            stages.add(reading.number("milestone" + i, milestones.get(i).get()));
        }
        BigDecimal base = reading.number("baseline", baseline.get());
        Integer baseYear = null;
        if (!baselineYear.get().isBlank()) {
            try {
                baseYear = Integer.valueOf(baselineYear.get().strip());
            } catch (NumberFormatException e) {
                reading.problem(FieldProblem.of("baselineYear", "library.problem.baselineYearMissing"));
            }
        }
        boolean given = value != null;
        if (given && document.get().isBlank()) {
            reading.problem(FieldProblem.of("document", "library.problem.document"));
        }
        if (!given && (stages.stream().anyMatch(s -> s != null) || base != null)) {
            reading.problem(FieldProblem.of("target", "library.problem.targetMissing"));
        }
        if (base != null && baseYear == null) {
            reading.problem(FieldProblem.of("baselineYear", "library.problem.baselineYearMissing"));
        } else if (base != null && baseYear >= year.get()) {
            reading.problem(FieldProblem.of("baselineYear", "library.problem.baselineYear", String.valueOf(year.get())));
        }
        return new Input(given, value, document.get().strip(), base, base == null ? null : baseYear, stages,
                year.get());
    }

    IntegerProperty year() {
        return year;
    }

    StringProperty target() {
        return target;
    }

    StringProperty document() {
        return document;
    }

    StringProperty baseline() {
        return baseline;
    }

    StringProperty baselineYear() {
        return baselineYear;
    }

    List<StringProperty> milestones() {
        return milestones;
    }
}
