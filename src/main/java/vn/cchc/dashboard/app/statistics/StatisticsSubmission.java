package vn.cchc.dashboard.app.statistics;

import java.util.List;
import vn.cchc.dashboard.domain.statistics.StatisticsCheck;

/**
 * One unit's figures for a period as they arrived: the file, the row of a bulk file (0 for a form), the unit, the
 * period's code and the cells written. A bulk row may bring only some items: it updates those and keeps the others as
 * the unit last sent them; a form brings the whole table.
 */
public record StatisticsSubmission(String file, int row, long unitId, String period, List<StatisticsCheck.Cell> cells) {

    public boolean partial() {
        return row > 0;
    }

    public StatisticsSubmission {
        cells = List.copyOf(cells);
    }
}
