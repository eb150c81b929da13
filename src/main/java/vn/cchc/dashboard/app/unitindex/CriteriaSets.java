package vn.cchc.dashboard.app.unitindex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.unitindex.CriteriaRefused;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.CriteriaSheetReader;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.excel.CriteriaSetFile;
import vn.cchc.dashboard.excel.ImportFileException;
import vn.cchc.dashboard.excel.SheetRows;
import vn.cchc.dashboard.store.Store;

/**
 * A year's criteria set of a group, typed or read from the appendix of the province's decision: saved whole, or
 * refused in one sentence (naming the file's row) while the set the scores were given on would change under them.
 */
final class CriteriaSets {

    private final Store store;
    private final IndexReadings readings;
    private final ScoringLocks locks;

    CriteriaSets(Store store, IndexReadings readings, ScoringLocks locks) {
        this.store = store;
        this.readings = readings;
        this.locks = locks;
    }

    void save(CriteriaSet set) {
        if (set.isEmpty()) {
            throw AppException.invalidInput("unitIndex.error.emptySet");
        }
        store.database().inTransaction(c -> {
            locks.requireOpen(c, set.year(), set.group());
            Set<Long> members = readings.members(c, set.year(), set.group()).stream().map(Unit::id)
                    .collect(Collectors.toSet());
            if (store.unitIndex().hasScores(c, set.year(), members)) {
                throw AppException.invalidInput("unitIndex.error.setHasScores", String.valueOf(set.year()));
            }
            store.unitIndex().replaceCriteria(c, set);
            return null;
        });
    }

    CriteriaSet importFile(Path file, int year, IndexGroup group) {
        String name = String.valueOf(file.getFileName());
        SheetRows rows;
        try {
            rows = CriteriaSetFile.read(file);
        } catch (ImportFileException e) {
            // The sentences of the plan import, but for a file of the wrong type: theirs name a plan.
            boolean own = e.reason() == ImportFileException.Reason.WRONG_TYPE || e.reason() == ImportFileException.Reason.TOO_BIG;
            throw AppException.invalidInput((own ? "unitIndex.file." : "import.file.") + e.reason().name(), name,
                    file.toString());
        }
        if (rows.tooLong()) {
            throw AppException.invalidInput("unitIndex.criteria.refused", name, new AppException.Phrase(
                    "unitIndex.criteria.refused.tooLong", rows.sheet(), CriteriaSetFile.MAX_ROWS));
        }
        CriteriaSet set;
        try {
            set = new CriteriaSet(year, group, CriteriaSheetReader.read(rows.rows()));
        } catch (CriteriaRefused refused) {
            List<Object> args = new ArrayList<>(List.of(String.valueOf(refused.row()), refused.numbering()));
            args.addAll(refused.details());
            throw AppException.invalidInput("unitIndex.criteria.refused", name, new AppException.Phrase(
                    "unitIndex.criteria.refused." + refused.kind().key(), args.toArray()));
        }
        save(set);
        return set;
    }
}
