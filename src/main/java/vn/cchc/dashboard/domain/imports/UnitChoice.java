package vn.cchc.dashboard.domain.imports;

/**
 * The user's word, in the import wizard, on what a unit name in the file means – overriding the automatic match:
 * an existing unit ({@code unitId}), or a new unit even though a name like it exists ({@code unitId} null). It
 * applies to every spelling of the name that shares its {@link UnitNames#key key}.
 */
public record UnitChoice(String name, Long unitId) {

    public static UnitChoice existing(String name, long unitId) {
        return new UnitChoice(name, unitId);
    }

    public static UnitChoice newUnit(String name) {
        return new UnitChoice(name, null);
    }

    public boolean isNew() {
        return unitId == null;
    }

    String key() {
        return UnitNames.key(name);
    }
}
