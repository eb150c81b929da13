package vn.cchc.dashboard.domain;

import java.time.LocalDate;

/**
 * The group a unit is shown under in charts, tables and lists, as the structure stood on a given day: the
 * district level ended on 30/6/2025 (two-level local government), so from 1/7/2025 local units are "UBND cấp
 * xã" only. Provinces (in a national plan) and ministries have groups of their own; central agencies in the
 * province (Công an tỉnh, BHXH tỉnh, Thuế tỉnh) are reported with the departments, as provinces report them.
 * Declared in the order the groups are shown.
 */
public enum UnitGroup {
    MINISTRIES, DEPARTMENTS, PROVINCES, DISTRICTS, COMMUNES;

    /** The first day without a district level (Luật Tổ chức chính quyền địa phương 2025). */
    public static final LocalDate TWO_LEVEL_FROM = LocalDate.of(2025, 7, 1);

    /** The group {@code unit} is shown under on {@code day}. */
    public static UnitGroup of(Unit unit, LocalDate day) {
        return of(unit.kind(), day);
    }

    /** The group a unit of {@code kind} is shown under on {@code day}. */
    public static UnitGroup of(UnitKind kind, LocalDate day) {
        return switch (kind) {
            case PROVINCE -> PROVINCES;
            case MINISTRY -> MINISTRIES;
            // A district still holding tasks after the change is a local committee like the communes that took
            // over its work; a group named "cấp huyện" would describe a level that no longer exists.
            case DISTRICT -> districtsExistOn(day) ? DISTRICTS : COMMUNES;
            case COMMUNE -> COMMUNES;
            case DEPARTMENT, BOARD, CENTRAL_AGENCY, OTHER -> DEPARTMENTS;
        };
    }

    /** True while the district level existed: before 1/7/2025. */
    public static boolean districtsExistOn(LocalDate day) {
        return day.isBefore(TWO_LEVEL_FROM);
    }

    /** People's committees below the province: shown apart from the departments. */
    public boolean local() {
        return this == DISTRICTS || this == COMMUNES;
    }
}
