package vn.cchc.dashboard.report.unitindex;

import java.util.List;

/**
 * The province's reform index of a year as it is announced: every group that has a criteria set that year, each
 * with its results ({@link GroupResults}). The decision and the results report are both written from it, so that
 * their counts, names and figures agree. Pure.
 */
public record IndexAnnouncement(int year, List<GroupResults> groups) {

    public IndexAnnouncement {
        groups = List.copyOf(groups);
    }

    public static IndexAnnouncement of(int year, List<GroupInput> inputs) {
        return new IndexAnnouncement(year, inputs.stream().map(GroupResults::of).toList());
    }

    /** True when a unit of some group has no complete result yet: the documents then say so, for the office. */
    public boolean hasPending() {
        return groups.stream().anyMatch(g -> !g.pending().isEmpty());
    }
}
