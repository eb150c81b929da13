package vn.cchc.dashboard.domain;

/** Progress of the tasks in one reform area. */
public record AreaProgress(ReformArea area, ProgressCount count) {
}
