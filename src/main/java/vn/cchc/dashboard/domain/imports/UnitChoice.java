package vn.cchc.dashboard.domain.imports;

/**
 * The user's word on what a unit name in the file means – overriding the automatic match: an existing unit
 * ({@code unitId}); the unit called {@code unitName} (an existing one by its name or abbreviation, else one the
 * import creates – as when the user accepts "Sở Tài chính" for "Sở KH&ĐT" in a database without it); or a new unit
 * under the written name's full form (both null). It applies to every spelling of the name that shares its
 * {@link UnitNames#key key}.
 */
public record UnitChoice(String name, Long unitId, String unitName) {

    public static UnitChoice existing(String name, long unitId) {
        return new UnitChoice(name, unitId, null);
    }

    public static UnitChoice newUnit(String name) {
        return new UnitChoice(name, null, null);
    }

    /** The unit called {@code unitName}, worked out when the file is checked: the command line knows no unit ids. */
    public static UnitChoice named(String name, String unitName) {
        return new UnitChoice(name, null, unitName);
    }

    /** True when the name becomes a new unit of its own. */
    public boolean isNew() {
        return unitId == null && unitName == null;
    }

    /** True when the unit is given by its name, not its id. */
    public boolean byName() {
        return unitId == null && unitName != null;
    }

    String key() {
        return UnitNames.key(name);
    }
}
