package vn.cchc.dashboard.domain.indicators;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to an indicator of the library or to its targets, kept forever: who, when, which field, before and
 * after (as shown to people). Field names: those of {@link LibraryEdits}.
 *
 * @param login the login that made it (the server's authenticated one, or the operating-system account)
 */
public record IndicatorChange(String indicatorCode, Instant at, String user, String login, String field, String before,
                              String after) {

    public IndicatorChange {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
    }
}
