package vn.cchc.dashboard.domain.imports;

/** A unit an imported task names: one already in the database ({@code id}), or one the import will create. */
public record UnitRef(Long id, String name) {

    public static UnitRef existing(long id, String name) {
        return new UnitRef(id, name);
    }

    public static UnitRef created(String name) {
        return new UnitRef(null, name);
    }

    public boolean isNew() {
        return id == null;
    }
}
