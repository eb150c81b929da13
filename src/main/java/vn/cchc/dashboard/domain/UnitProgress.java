package vn.cchc.dashboard.domain;

/** Progress of the tasks a unit leads (chủ trì). */
public record UnitProgress(Unit unit, ProgressCount count) {
}
