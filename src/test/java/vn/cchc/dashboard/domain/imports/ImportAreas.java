package vn.cchc.dashboard.domain.imports;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/** The NQ 76 areas and a few units of the sample province, for the import engine's pure tests. */
final class ImportAreas {

    static final List<ReformArea> NQ76 = List.of(
            new ReformArea("NQ76", "CDDH", "Công tác chỉ đạo, điều hành cải cách hành chính", "Direction", 1),
            new ReformArea("NQ76", "TC", "Cải cách thể chế", "Institutions", 2),
            new ReformArea("NQ76", "TTHC", "Cải cách thủ tục hành chính", "Procedures", 3),
            new ReformArea("NQ76", "TCBM", "Cải cách tổ chức bộ máy hành chính nhà nước", "Organisation", 4),
            new ReformArea("NQ76", "CV", "Cải cách chế độ công vụ", "Civil service", 5),
            new ReformArea("NQ76", "TCC", "Cải cách tài chính công", "Public finance", 6),
            new ReformArea("NQ76", "CPS", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "Digital", 7));

    static final Unit PROVINCE = new Unit(1, "UBND tỉnh Minh Giang", null, UnitKind.PROVINCE, null, null, null);
    static final Unit HOME = new Unit(2, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit JUSTICE = new Unit(3, "Sở Tư pháp", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit SCIENCE = new Unit(4, "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit INFORMATION = new Unit(5, "Sở Thông tin và Truyền thông", null, UnitKind.DEPARTMENT, null,
            LocalDate.of(2025, 2, 28), 4L);
    static final Unit OFFICE = new Unit(6, "Văn phòng UBND tỉnh", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit LABOUR = new Unit(7, "Sở Lao động - Thương binh và Xã hội", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit CULTURE = new Unit(8, "Sở Văn hóa, Thể thao và Du lịch", null, UnitKind.DEPARTMENT, null, null, null);
    static final List<Unit> UNITS = List.of(PROVINCE, HOME, JUSTICE, SCIENCE, INFORMATION, OFFICE, LABOUR, CULTURE);

    private ImportAreas() {
    }
}
