package vn.cchc.dashboard.app.unitindex;

import java.math.BigDecimal;
import java.nio.file.Path;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.UnitMatcher;
import vn.cchc.dashboard.domain.statistics.StatisticNumber;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.excel.ImportFileException;
import vn.cchc.dashboard.excel.StatisticsBulkReader;
import vn.cchc.dashboard.store.Store;

/**
 * The survey's points (điều tra xã hội học) read from a file laid out as the bulk statistics are — "Đơn vị", then a
 * column per survey line ("8.1", "8.2"), a row per unit — and recorded as the council's scores of those lines, with the
 * file as their source. A file of its own, so the layout it expects is said in one place; the scores themselves go
 * through the council's rules ({@link ScoreRecorder#appraise}). All or nothing: the first problem refuses the file.
 */
final class SurveyImport {

    private final Store store;
    private final IndexReadings readings;
    private final ScoreRecorder scores;

    SurveyImport(Store store, IndexReadings readings, ScoreRecorder scores) {
        this.store = store;
        this.readings = readings;
        this.scores = scores;
    }

    /** @return how many scores were recorded */
    int importFile(Path file, int year, IndexGroup group) {
        StatisticsBulkReader.Bulk bulk;
        try {
            bulk = StatisticsBulkReader.read(file);
        } catch (ImportFileException e) {
            throw AppException.invalidInput("import.file." + e.reason().name(), String.valueOf(file.getFileName()),
                    file.toString());
        }
        if (!Text.fold(bulk.firstHeader()).contains("don vi") || bulk.headers().isEmpty()) {
            throw AppException.invalidInput("unitIndex.survey.layout", bulk.file());
        }
        String comment = Score.SURVEY_COMMENT + " (tệp " + bulk.file() + ")";
        return store.database().inTransaction(c -> {
            CriteriaSet set = store.unitIndex().criteria(c, year, group);
            for (String code : bulk.headers()) {
                if (set.criterion(code.strip()).isEmpty()) {
                    throw AppException.invalidInput("unitIndex.survey.unknownColumn", bulk.file(), code, String.valueOf(year));
                }
            }
            UnitMatcher units = new UnitMatcher(readings.members(c, year, group), year);
            int recorded = 0;
            for (StatisticsBulkReader.Row row : bulk.rows()) {
                Unit unit = units.match(row.unitName()).orElseThrow(() -> AppException.invalidInput(
                        "unitIndex.survey.unknownUnit", bulk.file(), String.valueOf(row.number()), row.unitName()));
                for (int i = 0; i < bulk.headers().size(); i++) {
                    String written = row.cells().get(i).strip();
                    if (written.isEmpty()) {
                        continue;
                    }
                    String code = bulk.headers().get(i).strip();
                    BigDecimal points = StatisticNumber.parse(written).orElseThrow(() -> AppException.invalidInput(
                            "unitIndex.survey.notANumber", bulk.file(), String.valueOf(row.number()), unit.name(), code,
                            written));
                    scores.appraise(c, year, group, unit, code, points, comment, bulk.file());
                    recorded++;
                }
            }
            return recorded;
        });
    }
}
