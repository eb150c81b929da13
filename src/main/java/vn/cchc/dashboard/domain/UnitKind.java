package vn.cchc.dashboard.domain;

/** What level of government or kind of body a unit is; drives grouping in views and reports. */
public enum UnitKind {
    PROVINCE, DEPARTMENT, BOARD, DISTRICT, COMMUNE, MINISTRY, CENTRAL_AGENCY, OTHER;

    /** Departments, boards and central agencies in the province (sở, ban, ngành) as opposed to local UBNDs. */
    public boolean isSectoral() {
        return this == DEPARTMENT || this == BOARD || this == CENTRAL_AGENCY || this == MINISTRY;
    }
}
