package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A new annual plan as typed: "Kế hoạch cải cách hành chính năm 2027", its document number and date, and
 * whether last year's unfinished tasks go on into it.
 */
public record PlanDraft(Integer year, String title, String documentNumber, LocalDate documentDate, boolean carryOver) {

    public PlanDraft {
        title = Text.blankToNull(title);
        documentNumber = Text.blankToNull(documentNumber);
    }

    /** The programme whose years cover the plan's year. */
    public Optional<ReformProgramme> programme(Collection<ReformProgramme> programmes) {
        return year == null ? Optional.empty() : programmes.stream().filter(p -> p.startYear() <= year && year <= p.endYear())
                .findFirst();
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
