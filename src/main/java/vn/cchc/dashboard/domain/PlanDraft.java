package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A new annual plan as typed: "Kế hoạch cải cách hành chính năm 2027", its document number and date, whose tasks
 * it follows, and whether last year's unfinished tasks go on into it.
 */
public record PlanDraft(Integer year, String title, String documentNumber, LocalDate documentDate, boolean carryOver,
                        PlanKind kind) {

    public PlanDraft {
        title = Text.blankToNull(title);
        documentNumber = Text.blankToNull(documentNumber);
        kind = kind == null ? PlanKind.LOCAL : kind;
    }

    /** A province's own plan. */
    public PlanDraft(Integer year, String title, String documentNumber, LocalDate documentDate, boolean carryOver) {
        this(year, title, documentNumber, documentDate, carryOver, PlanKind.LOCAL);
    }

    /** The programme whose years cover the plan's year. */
    public Optional<ReformProgramme> programme(Collection<ReformProgramme> programmes) {
        return year == null ? Optional.empty() : programmes.stream().filter(p -> p.startYear() <= year && year <= p.endYear())
                .findFirst();
    }

    /**
     * As {@link #problems(Collection)}, and refused when the year already has a current plan of the same kind among
     * {@code existing}: the provinces' and the ministries' plans of a year sit side by side, but a second plan of one
     * kind would split its headline in two. An archived plan, or the generated sample, leaves room for a new one.
     */
    public List<FieldProblem> problems(Collection<ReformProgramme> programmes, Collection<Plan> existing) {
        List<FieldProblem> problems = problems(programmes);
        if (year != null) {
            existing.stream().filter(p -> p.year() == year && p.kind() == kind && !p.archived() && !p.sample())
                    .findFirst().ifPresent(taken -> problems.add(FieldProblem.of("year",
                            "plan.problem.taken." + kind.name(), String.valueOf(year), taken.title())));
        }
        return problems;
    }

    public List<FieldProblem> problems(Collection<ReformProgramme> programmes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year == null || year < 1990 || year > 2100) {
            problems.add(FieldProblem.of("year", "plan.problem.year"));
        } else if (programme(programmes).isEmpty()) {
            problems.add(FieldProblem.of("year", "plan.problem.noProgramme", String.valueOf(year)));
        }
        if (title == null) {
            problems.add(FieldProblem.of("title", "task.problem.required"));
        }
        if (documentDate != null && year != null && documentDate.getYear() > year) {
            problems.add(FieldProblem.of("documentDate", "plan.problem.documentDate", String.valueOf(year)));
        }
        return problems;
    }
}
