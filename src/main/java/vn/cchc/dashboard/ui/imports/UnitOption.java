package vn.cchc.dashboard.ui.imports;

/**
 * What a unit name can be matched to: an existing unit; a new unit under the written name ({@code unitId} and
 * {@code newName} null); or the new unit {@code newName} the import makes – a merged department's successor.
 */
public record UnitOption(Long unitId, String label, String newName) {
}
