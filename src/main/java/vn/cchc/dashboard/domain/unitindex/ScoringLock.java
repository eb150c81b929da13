package vn.cchc.dashboard.domain.unitindex;

import java.time.Instant;

/**
 * The latest closing or reopening of a year's scoring of a group: once locked, the results are final and no score,
 * exemption or comment of that year and group changes until someone reopens them, saying why.
 *
 * @param reason why the results were reopened; null for a locking
 */
public record ScoringLock(int year, IndexGroup group, boolean locked, Instant changedAt, String userName,
                          String loginName, String reason) {
}
