package vn.cchc.dashboard.app.unitindex;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.ScoringLock;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.store.Store;

/**
 * Closing a year's scoring of a group and reopening it, and the one check every change to scores and sets makes
 * first: that the results it would change are not final. One class, so that what "locked" means is decided once.
 */
final class ScoringLocks {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;
    private final IndexReadings readings;

    ScoringLocks(Store store, Clock clock, AppSettings settings, IndexReadings readings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.readings = readings;
    }

    ScoringLock lock(int year, IndexGroup group) {
        return store.database().inTransaction(c -> {
            requireOpen(c, year, group);
            List<String> unfinished = new ArrayList<>();
            for (IndexRanking.Ranked ranked : readings.ranking(c, year, group)) {
                UnitIndexResult result = ranked.result();
                if (!result.missing().isEmpty() || result.index() == null && result.applicableMax().signum() > 0) {
                    unfinished.add(result.unitName());
                }
            }
            if (!unfinished.isEmpty()) {
                throw AppException.invalidInput("unitIndex.error.lockUnfinished", String.valueOf(year),
                        String.valueOf(unfinished.size()), String.join(", ", unfinished.subList(0, Math.min(3,
                                unfinished.size()))) + (unfinished.size() > 3 ? ", …" : ""));
            }
            ScoringLock event = new ScoringLock(year, group, true, clock.instant(), settings.userLabel(),
                    store.database().login(), null);
            store.unitIndex().recordLock(c, event);
            return event;
        });
    }

    ScoringLock unlock(int year, IndexGroup group, String reason) {
        if (reason == null || reason.isBlank()) {
            throw AppException.invalidInput("unitIndex.error.unlockReason", String.valueOf(year));
        }
        return store.database().inTransaction(c -> {
            if (readings.lockState(c, year, group).filter(ScoringLock::locked).isEmpty()) {
                throw AppException.invalidInput("unitIndex.error.notLocked", String.valueOf(year));
            }
            ScoringLock event = new ScoringLock(year, group, false, clock.instant(), settings.userLabel(),
                    store.database().login(), Text.clean(reason));
            store.unitIndex().recordLock(c, event);
            return event;
        });
    }

    /** Refuses any change to a year's scoring of a group once it is locked. */
    void requireOpen(Connection c, int year, IndexGroup group) throws SQLException {
        Optional<ScoringLock> lock = readings.lockState(c, year, group).filter(ScoringLock::locked);
        if (lock.isPresent()) {
            throw AppException.invalidInput("unitIndex.error.locked", String.valueOf(year),
                    new AppException.Phrase("unitIndex.group." + group.name()),
                    Formats.DATE.format(lock.get().changedAt().atZone(clock.getZone())), lock.get().userName());
        }
    }
}
