package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A body that can be assigned tasks. Units change over time: a merged department keeps its own
 * record (so history reads as it was) with {@code validTo} set and a {@code successorId}.
 *
 * @param validFrom first day the unit existed, or null when it predates the data
 * @param validTo   last day the unit existed, or null while it still exists
 */
public record Unit(long id, String name, String shortName, UnitKind kind,
                   LocalDate validFrom, LocalDate validTo, Long successorId) {

    public Unit {
        name = Text.requireNonBlank(name, "name");
        Objects.requireNonNull(kind, "kind");
        shortName = Text.blankToNull(shortName);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom for " + name);
        }
    }

    /** The short name where there is one ("Sở KH&ĐT"), for tight places such as filters and chart axes. */
    public String displayName() {
        return shortName != null ? shortName : name;
    }

    /** True when the unit existed on at least one day from {@code from} to {@code to}. */
    public boolean existsDuring(LocalDate from, LocalDate to) {
        return (validFrom == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }

    public boolean existsOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
