package vn.cchc.dashboard.domain;

/** What a verified backup holds: how many plans, tasks, progress updates and units. */
public record BackupContents(long plans, long tasks, long updates, long units) {
}
