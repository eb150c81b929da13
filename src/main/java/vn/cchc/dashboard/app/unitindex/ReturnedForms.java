package vn.cchc.dashboard.app.unitindex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.unitindex.UnitIndexForms.Checked;
import vn.cchc.dashboard.app.unitindex.UnitIndexForms.Return;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.CriterionMarks;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.excel.ImportFileException;
import vn.cchc.dashboard.excel.UnitIndexFormReader;
import vn.cchc.dashboard.store.Store;

/**
 * The forms that come back: each file read, matched to the unit it was made for and recorded (or only checked) as
 * that unit's self-assessment, and which members have returned theirs. Apart from the sending: what a returned file
 * may record is decided here, in the sentences a refused file is listed with.
 */
final class ReturnedForms {

    private final Store store;
    private final IndexReadings readings;
    private final UnitIndexService index;

    ReturnedForms(Store store, IndexReadings readings, UnitIndexService index) {
        this.store = store;
        this.readings = readings;
        this.index = index;
    }

    /**
     * Each file in turn; a second form of a unit already taken in the same batch is refused, not recorded over the
     * first: which of the two the unit meant is for the office to ask, not for the order of the files to decide.
     */
    List<Checked> takeAll(int year, IndexGroup group, List<Path> files, boolean record) {
        Map<Long, Path> taken = new HashMap<>();
        List<Checked> all = new ArrayList<>();
        for (Path file : files) {
            Checked checked = take(year, group, file, record, taken);
            if (checked.accepted()) {
                taken.put(checked.unit().id(), file);
            }
            all.add(checked);
        }
        return all;
    }

    private Checked take(int year, IndexGroup group, Path file, boolean record, Map<Long, Path> taken) {
        String name = String.valueOf(file.getFileName());
        UnitIndexFormReader.Returned form;
        try {
            form = read(file, year, group);
        } catch (AppException refused) {
            return new Checked(file, null, List.of(), 0, refused);
        }
        Unit unit = index.members(year, group).stream().filter(u -> u.id() == form.unitId()).findFirst().orElse(null);
        if (unit == null) {
            return new Checked(file, null, List.of(), 0, AppException.invalidInput("unitIndex.forms.unknownUnit", name,
                    form.unitName(), String.valueOf(year)));
        }
        if (taken.containsKey(unit.id())) {
            return new Checked(file, unit, List.of(), 0, AppException.invalidInput("unitIndex.forms.twice", name,
                    unit.name(), String.valueOf(taken.get(unit.id()).getFileName())));
        }
        List<UnitIndexService.SelfScore> lines = form.lines().stream().map(l -> new UnitIndexService.SelfScore(l.code(),
                l.score(), l.evidence(), l.explanation())).toList();
        int applicable = selfScored(index.criteria(year, group), index.exemptions(year, unit)).size();
        if (lines.isEmpty()) {
            return new Checked(file, unit, lines, applicable, AppException.invalidInput("unitIndex.forms.empty", name,
                    unit.name()));
        }
        try {
            if (record) {
                index.selfAssessAll(year, group, unit, lines, name);
            } else {
                index.checkSelfAssessAll(year, group, unit, lines, name);
            }
        } catch (AppException refused) {
            if (!refused.isInvalidInput()) {
                throw refused; // the database or the disk failed: not the file's fault, and not to be listed as its
            }
            return new Checked(file, unit, lines, applicable, AppException.invalidInput("unitIndex.forms.refused", name,
                    unit.name(), refused.asPhrase()));
        }
        return new Checked(file, unit, lines, applicable, null);
    }

    private static UnitIndexFormReader.Returned read(Path file, int year, IndexGroup group) {
        String name = String.valueOf(file.getFileName());
        try {
            return UnitIndexFormReader.read(file, year, group);
        } catch (UnitIndexFormReader.Refused refused) {
            Object[] args = refused.args();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof IndexGroup g) {
                    args[i] = new AppException.Phrase("unitIndex.group." + g.name());
                }
            }
            throw AppException.invalidInput(refused.key(), args);
        } catch (ImportFileException e) {
            boolean notAForm = Set.of(ImportFileException.Reason.NOT_A_FORM, ImportFileException.Reason.WRONG_TYPE,
                    ImportFileException.Reason.NO_TABLE, ImportFileException.Reason.EMPTY,
                    ImportFileException.Reason.TOO_BIG).contains(e.reason());
            throw notAForm ? AppException.invalidInput("unitIndex.forms.notAForm", name)
                    : AppException.invalidInput("import.file." + e.reason().name(), name, file.toString());
        }
    }

    /** The lines a unit scores itself: the applicable scored lines, less those the survey scores. */
    private static List<Criterion> selfScored(CriteriaSet set, Set<String> exempt) {
        return set.leaves().stream().filter(l -> set.applies(l, exempt) && !CriterionMarks.bySurvey(set, l)).toList();
    }

    List<Return> returns(int year, IndexGroup group) {
        return store.database().inTransaction(c -> {
            CriteriaSet set = readings.set(c, year, group);
            List<Return> returns = new ArrayList<>();
            for (Unit unit : readings.members(c, year, group)) {
                List<Criterion> lines = selfScored(set, store.unitIndex().exemptions(c, year, unit.id()));
                Map<String, Score> scores = store.unitIndex().scores(c, year, unit.id());
                Map<String, String> sources = store.unitIndex().sourceFiles(c, year, unit.id());
                List<Criterion> scored = lines.stream().filter(l -> scores.containsKey(l.code())
                        && scores.get(l.code()).selfScore() != null).toList();
                List<String> files = scored.stream().map(l -> sources.get(l.code())).filter(Objects::nonNull)
                        .distinct().toList();
                returns.add(new Return(unit, files, scored.size(), lines.size()));
            }
            return returns;
        });
    }
}
