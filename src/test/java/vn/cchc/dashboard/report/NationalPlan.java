package vn.cchc.dashboard.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/**
 * A generated national tracking plan like the Government's of 2023: 3.003 tasks of the 63 provinces over the seven
 * areas, due month by month or recurring, reported on as provinces do (most due tasks done, some late, some
 * overdue; some future ones under way). Deterministic.
 */
final class NationalPlan {

    static final ReportPeriod H1 = new ReportPeriod(2023, ReportPeriod.Kind.H1);
    static final int TASKS = 3003;

    private static final List<String> PROVINCES = List.of("An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn",
            "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau",
            "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
            "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
            "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
            "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
            "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
            "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái");
    private static final List<String> CITIES = List.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ");
    private static final List<ReformArea> AREAS = List.of(
            new ReformArea("NQ76", "CDDH", "Công tác chỉ đạo, điều hành cải cách hành chính", "Direction", 1),
            new ReformArea("NQ76", "TC", "Cải cách thể chế", "Institutional reform", 2),
            new ReformArea("NQ76", "TTHC", "Cải cách thủ tục hành chính", "Procedure reform", 3),
            new ReformArea("NQ76", "TCBM", "Cải cách tổ chức bộ máy hành chính nhà nước", "Organisation", 4),
            new ReformArea("NQ76", "CV", "Cải cách chế độ công vụ", "Civil service", 5),
            new ReformArea("NQ76", "TCC", "Cải cách tài chính công", "Public finance", 6),
            new ReformArea("NQ76", "CPS", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "Digital government", 7));

    private NationalPlan() {
    }

    static PlanSnapshot snapshot() {
        Plan plan = new Plan(1, 2023, "Theo dõi nhiệm vụ cải cách hành chính năm 2023 của các tỉnh, thành phố", null,
                null, PlanScope.NATIONAL, "NQ76", false, false);
        List<Unit> units = new ArrayList<>();
        PROVINCES.forEach(p -> units.add(new Unit(units.size() + 1, "UBND tỉnh " + p, null, UnitKind.PROVINCE, null, null,
                null)));
        CITIES.forEach(c -> units.add(new Unit(units.size() + 1, "UBND thành phố " + c, null, UnitKind.PROVINCE, null,
                null, null)));
        Random random = new Random(2023);
        LocalDate asOf = H1.end();
        List<Task> tasks = new ArrayList<>();
        List<ProgressUpdate> updates = new ArrayList<>();
        // Provinces differ: a third finish everything due on time, the others leave a varying share undone.
        double[] diligence = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            diligence[u] = u % 3 == 0 ? 1 : 0.6 + 0.37 * random.nextDouble();
        }
        for (int t = 0; t < TASKS; t++) {
            long id = t + 1;
            int province = t % units.size();
            Unit lead = units.get(province);
            ReformArea area = AREAS.get(random.nextInt(AREAS.size()));
            boolean recurring = random.nextInt(10) == 0;
            LocalDate due = recurring ? LocalDate.of(2023, 12, 31)
                    : YearMonth.of(2023, 1 + random.nextInt(12)).atEndOfMonth();
            tasks.add(new Task(id, 1, area.code() + "." + id, area.code(), "Nhiệm vụ " + id + " của " + lead.name(),
                    lead.id(), List.of(), null, "Báo cáo", recurring ? "Thường xuyên" : due.toString(), due, recurring, t));
            double roll = random.nextDouble();
            boolean dueByThen = !recurring && due.isBefore(asOf);
            double onTime = diligence[province] * 0.8;
            if (dueByThen ? roll < onTime : roll < 0.25) {
                updates.add(update(updates.size() + 1L, id, due.minusDays(3 + random.nextInt(40)), TaskStatus.COMPLETED));
            } else if (dueByThen && (roll < onTime + 0.2 || diligence[province] == 1)) {
                updates.add(update(updates.size() + 1L, id, due.plusDays(1 + random.nextInt(30)), TaskStatus.COMPLETED));
            } else if (roll < 0.9) {
                LocalDate lastWord = diligence[province] == 1 ? LocalDate.of(2023, 6, 1)
                        : LocalDate.of(2023, 1 + random.nextInt(5), 10);
                updates.add(update(updates.size() + 1L, id, lastWord, TaskStatus.IN_PROGRESS));
            }
        }
        updates.removeIf(u -> u.asOf().isAfter(asOf) || u.asOf().getYear() < 2023);
        return new PlanSnapshot(plan, AREAS, units, tasks, updates);
    }

    private static ProgressUpdate update(long id, long taskId, LocalDate day, TaskStatus status) {
        return new ProgressUpdate(id, taskId, day, status, status == TaskStatus.COMPLETED ? 100 : 50, null, null,
                "Bộ Nội vụ", Instant.parse(day + "T03:00:00Z"), null);
    }

    static ReportInputs inputs() {
        return LargePlans.inputs(snapshot(), H1, LocalDate.of(2023, 3, 14));
    }
}
