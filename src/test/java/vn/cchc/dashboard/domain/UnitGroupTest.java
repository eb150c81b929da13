package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The group a unit is shown under follows the structure of the day: no district level from 1/7/2025. */
class UnitGroupTest {

    @ParameterizedTest(name = "{0} ({1}) on {2}: {3}")
    @CsvSource({
            "Sở Nội vụ,                     DEPARTMENT,     2026-12-04, DEPARTMENTS",
            "Ban Quản lý các KCN,           BOARD,          2026-12-04, DEPARTMENTS",
            "Công an tỉnh,                  CENTRAL_AGENCY, 2026-12-04, DEPARTMENTS",
            "BHXH tỉnh,                     CENTRAL_AGENCY, 2026-12-04, DEPARTMENTS",
            "Thuế tỉnh,                     CENTRAL_AGENCY, 2024-06-14, DEPARTMENTS",
            "UBND huyện An Phú,             DISTRICT,       2025-06-30, DISTRICTS",
            "UBND huyện An Phú,             DISTRICT,       2025-07-01, COMMUNES",
            "UBND xã An Phú,                COMMUNE,        2024-06-14, COMMUNES",
            "UBND phường Minh Khai,         COMMUNE,        2026-12-04, COMMUNES",
            "UBND tỉnh Hưng Yên,            PROVINCE,       2026-12-04, PROVINCES",
            "UBND tỉnh Thái Bình,           PROVINCE,       2023-06-14, PROVINCES",
            "Bộ Nội vụ,                     MINISTRY,       2026-12-04, MINISTRIES"})
    void eachUnitIsGroupedAsTheStructureStoodOnTheDay(String name, UnitKind kind, LocalDate day, UnitGroup group) {
        Unit unit = new Unit(1, name, null, kind, null, null, null);

        assertThat(UnitGroup.of(unit, day)).isEqualTo(group);
    }

    @ParameterizedTest
    @CsvSource({"DISTRICTS, true", "COMMUNES, true", "DEPARTMENTS, false", "PROVINCES, false", "MINISTRIES, false"})
    void onlyCommitteesBelowTheProvinceAreLocal(UnitGroup group, boolean local) {
        assertThat(group.local()).isEqualTo(local);
    }
}
