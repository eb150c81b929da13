package vn.cchc.dashboard.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.store.Store;

/**
 * The lead units of a generated store. A province: its departments and districts, a few districts ended by
 * the 2025 mergers. The nation: 22 ministries and 63 provinces, 29 of which merged into others on 01/07/2025
 * (34 remain), so that the rolled-up ranking has successors to fold into.
 */
final class BenchUnits {

    static final LocalDate MERGER_END = LocalDate.of(2025, 6, 30);
    private static final String[] DEPARTMENTS = {"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng",
            "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Công Thương",
            "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo",
            "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp", "Công an tỉnh",
            "Bảo hiểm xã hội tỉnh", "Cục Thuế tỉnh", "Kho bạc Nhà nước khu vực", "Đài Phát thanh và Truyền hình",
            "Trung tâm Phục vụ hành chính công"};
    private static final int PROVINCE_DISTRICTS = 10;
    private static final int MINISTRIES = 22;
    private static final int PROVINCES = 63;
    private static final int PROVINCES_AFTER_MERGER = 34;

    private BenchUnits() {
    }

    static List<Unit> write(Store store, Connection c, PlanScope scope) throws SQLException {
        List<Unit> units = new ArrayList<>();
        if (scope == PlanScope.PROVINCE) {
            for (String name : DEPARTMENTS) {
                units.add(insert(store, c, name, UnitKind.DEPARTMENT, null));
            }
            for (int i = 1; i <= PROVINCE_DISTRICTS; i++) {
                units.add(insert(store, c, "UBND huyện số " + i, UnitKind.DISTRICT, i > 7 ? MERGER_END : null));
            }
            merge(store, c, units, DEPARTMENTS.length, DEPARTMENTS.length + 7, DEPARTMENTS.length + PROVINCE_DISTRICTS);
        } else {
            for (int i = 1; i <= MINISTRIES; i++) {
                units.add(insert(store, c, "Bộ, ngành số " + i, UnitKind.MINISTRY, null));
            }
            for (int i = 1; i <= PROVINCES; i++) {
                units.add(insert(store, c, "UBND tỉnh số " + String.format("%02d", i), UnitKind.PROVINCE,
                        i > PROVINCES_AFTER_MERGER ? MERGER_END : null));
            }
            merge(store, c, units, MINISTRIES, MINISTRIES + PROVINCES_AFTER_MERGER, MINISTRIES + PROVINCES);
        }
        return List.copyOf(units);
    }

    /** Units in [ended, end) merge into the survivors in [survivors, ended), round robin. */
    private static void merge(Store store, Connection c, List<Unit> units, int survivors, int ended, int end)
            throws SQLException {
        for (int i = ended; i < end; i++) {
            Unit gone = units.get(i);
            Unit successor = units.get(survivors + (i - ended) % (ended - survivors));
            store.units().setSuccessor(c, gone.id(), successor.id());
            units.set(i, new Unit(gone.id(), gone.name(), gone.shortName(), gone.kind(), gone.validFrom(), gone.validTo(),
                    successor.id()));
        }
    }

    private static Unit insert(Store store, Connection c, String name, UnitKind kind, LocalDate validTo)
            throws SQLException {
        Unit unit = new Unit(0, name, null, kind, null, validTo, null);
        long id = store.units().insert(c, unit);
        return new Unit(id, name, null, kind, null, validTo, null);
    }
}
