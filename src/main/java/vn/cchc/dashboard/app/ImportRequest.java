package vn.cchc.dashboard.app;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.imports.DeadlineAnswer;
import vn.cchc.dashboard.domain.imports.TableLayout;
import vn.cchc.dashboard.domain.imports.UnitChoice;

/**
 * What the user asked of a plan import.
 *
 * @param layout       the sheet, header and column mapping, as corrected in the wizard; null to detect them
 * @param year         the plan's year; null for the year the file's title names, else the current plan's
 * @param dataDate     the day a tracking workbook's figures stand on, as the user gave it; null for the date its
 *                     title rows name (the user's word wins over the file's)
 * @param newPlanTitle the title of the plan the import creates when the year has none, by year, in the user's language
 * @param unitChoices  the user's word on what unit names in the file mean, over the automatic match
 * @param deadlineAnswers the user's word on what deadline texts in the file mean, over the reader's own reading
 * @param kind         which of the year's plans receives the tasks (the provinces' or the ministries' in a national
 *                     store), and the kind of the plan the import creates; null for the year's one plan, or a
 *                     province's own plan when the year has none
 */
public record ImportRequest(TableLayout layout, Integer year, LocalDate dataDate, IntFunction<String> newPlanTitle,
                            List<UnitChoice> unitChoices, List<DeadlineAnswer> deadlineAnswers, PlanKind kind) {

    public ImportRequest {
        unitChoices = List.copyOf(unitChoices);
        deadlineAnswers = List.copyOf(deadlineAnswers);
    }

    public ImportRequest(TableLayout layout, Integer year, LocalDate dataDate, IntFunction<String> newPlanTitle,
                         List<UnitChoice> unitChoices, List<DeadlineAnswer> deadlineAnswers) {
        this(layout, year, dataDate, newPlanTitle, unitChoices, deadlineAnswers, null);
    }

    public ImportRequest(TableLayout layout, Integer year, LocalDate dataDate, IntFunction<String> newPlanTitle,
                         List<UnitChoice> unitChoices) {
        this(layout, year, dataDate, newPlanTitle, unitChoices, List.of());
    }

    /** A request that leaves every unit name to the automatic match. */
    public ImportRequest(TableLayout layout, Integer year, LocalDate dataDate, IntFunction<String> newPlanTitle) {
        this(layout, year, dataDate, newPlanTitle, List.of());
    }
}
