package vn.cchc.dashboard.domain;

/**
 * Whose plan it is: a province's annual plan assigns tasks to its units, a national one to provinces or to ministries
 * ({@link PlanKind} says which).
 */
public enum PlanScope { PROVINCE, NATIONAL }
