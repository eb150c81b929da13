package vn.cchc.dashboard.app;

import vn.cchc.dashboard.domain.TaskSelection;

/**
 * A named filter of the task list the user wants back ("Quá hạn – Sở Tư pháp"): its state, area, lead unit
 * and typed text. Kept in the settings; units are kept by id, areas by code.
 */
public record SavedFilter(String name, TaskSelection selection, String areaCode, Long leadUnitId, String search) {
}
