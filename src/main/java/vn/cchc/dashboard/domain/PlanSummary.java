package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's progress on one day: overall, by reform area (in the programme's order) and by lead unit
 * (in Vietnamese alphabetical order).
 *
 * @param dataDate the date of the latest progress update on or before {@code asOf}; null when there is none
 */
public record PlanSummary(Plan plan, LocalDate asOf, ProgressCount overall, List<AreaProgress> byArea,
                          List<UnitProgress> byUnit, LocalDate dataDate) {

    public PlanSummary {
        byArea = List.copyOf(byArea);
        byUnit = List.copyOf(byUnit);
    }
}
