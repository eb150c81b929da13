package vn.cchc.dashboard.domain.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A unit's figures for a period as recorded: the file they came in, who recorded them and when, whether they came
 * after the period's deadline, and the figures by item code. A later return of the same unit and period supersedes
 * it ({@code supersededAt}); superseded returns stay as the history of what the unit sent.
 */
public record StatisticsReturn(long id, long unitId, String period, String sourceFile, Instant receivedAt,
                               String receivedBy, boolean late, Instant supersededAt, Map<String, BigDecimal> values,
                               Map<String, String> notes) {

    public StatisticsReturn {
        values = Map.copyOf(values);
        notes = Map.copyOf(notes);
    }

    public boolean current() {
        return supersededAt == null;
    }

    /** The same figures and notes: sending them again records nothing. */
    public boolean sameAs(Map<String, BigDecimal> otherValues, Map<String, String> otherNotes) {
        if (!values.keySet().equals(otherValues.keySet()) || !notes.equals(otherNotes)) {
            return false;
        }
        return values.entrySet().stream().allMatch(e -> e.getValue().compareTo(otherValues.get(e.getKey())) == 0);
    }
}
