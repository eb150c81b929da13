package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure as typed in the indicator form: for a rate its numerator and denominator, otherwise the figure
 * itself. {@link #problems} says what cannot be saved, field by field.
 */
public record IndicatorDraft(Indicator indicator, Unit unit, ReportPeriod period, BigDecimal numerator,
                             BigDecimal denominator, BigDecimal value) {

    /**
     * Problems: something missing; a negative number; a numerator above its denominator; a percent outside
     * 0–100 or a score above its scale; a fractional count; a period outside {@code planYear}, not begun on
     * {@code today}, or not one the indicator is reported for; a unit that did not exist in the period.
     */
    public List<FieldProblem> problems(int planYear, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (indicator == null) {
            problems.add(FieldProblem.of("indicator", "task.problem.required"));
        }
        if (unit == null) {
            problems.add(FieldProblem.of("unit", "task.problem.required"));
        }
        if (period == null) {
            problems.add(FieldProblem.of("period", "task.problem.required"));
        } else {
            periodProblems(planYear, today, problems);
        }
        if (indicator != null) {
            if (indicator.isRatio()) {
                ratioProblems(problems);
            } else {
                figureProblems(problems);
            }
        }
        return problems;
    }

    private void periodProblems(int planYear, LocalDate today, List<FieldProblem> problems) {
        if (period.year() != planYear) {
            problems.add(FieldProblem.of("period", "indicator.problem.periodOutsidePlan", String.valueOf(planYear)));
        } else if (period.start().isAfter(today)) {
            problems.add(FieldProblem.of("period", "indicator.problem.periodNotBegun"));
        } else if (indicator != null && !indicator.reportedFor(period)) {
            problems.add(FieldProblem.of("period", "indicator.problem.yearlyOnly"));
        } else if (unit != null && !unit.existsDuring(period.start(), period.end())) {
            problems.add(FieldProblem.of("unit", "indicator.problem.unitNotInPeriod", unit.name()));
        }
    }

    private void ratioProblems(List<FieldProblem> problems) {
        if (numerator == null) {
            problems.add(FieldProblem.of("numerator", "task.problem.required"));
        } else if (numerator.signum() < 0) {
            problems.add(FieldProblem.of("numerator", "indicator.problem.negative"));
        }
        if (denominator == null) {
            problems.add(FieldProblem.of("denominator", "task.problem.required"));
        } else if (denominator.signum() < 0) {
            problems.add(FieldProblem.of("denominator", "indicator.problem.negative"));
        } else if (numerator != null && numerator.compareTo(denominator) > 0) {
            problems.add(FieldProblem.of("numerator", "indicator.problem.numeratorAboveDenominator"));
        }
    }

    private void figureProblems(List<FieldProblem> problems) {
        BigDecimal bound = indicator.upperBound();
        if (value == null) {
            problems.add(FieldProblem.of("value", "task.problem.required"));
        } else if (value.signum() < 0) {
            problems.add(FieldProblem.of("value", "indicator.problem.negative"));
        } else if (bound != null && value.compareTo(bound) > 0) {
            problems.add(FieldProblem.of("value", "indicator.problem.aboveBound", bound.stripTrailingZeros().toPlainString()));
        } else if (indicator.type() == IndicatorType.COUNT && value.stripTrailingZeros().scale() > 0) {
            problems.add(FieldProblem.of("value", "indicator.problem.wholeNumber"));
        }
    }

    /** The figure to store; call only when there are no problems. */
    public IndicatorValue toValue(long id, String enteredBy, Instant enteredAt) {
        boolean ratio = indicator.isRatio();
        return new IndicatorValue(id, indicator.code(), unit.id(), period, ratio ? numerator : null,
                ratio ? denominator : null, ratio ? null : value, enteredBy, enteredAt);
    }
}
