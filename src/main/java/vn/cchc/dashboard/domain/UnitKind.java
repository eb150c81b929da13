package vn.cchc.dashboard.domain;

/** What level of government or kind of body a unit is; drives grouping in views and reports. */
public enum UnitKind {
    PROVINCE, DEPARTMENT, BOARD, DISTRICT, COMMUNE, MINISTRY, CENTRAL_AGENCY, OTHER
}
