package vn.cchc.dashboard.domain.imports;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The departments Nghị định 45/2025/NĐ-CP merged into others from 1/3/2025, and the department that took each
 * over. The decree is national, so every province's departments merged the same way; a province whose database says
 * otherwise (a unit with its own successor) is followed instead. Old names keep appearing in files for years: in a plan
 * of 2025 or later they are offered their successor, which the user confirms.
 */
public final class MergedDepartments {

    /** The first plan year in which a merged department's name is offered its successor. */
    public static final int FIRST_PLAN_YEAR = 2025;

    private static final Map<String, String> SUCCESSORS = Map.of(
            "Sở Kế hoạch và Đầu tư", "Sở Tài chính",
            "Sở Giao thông vận tải", "Sở Xây dựng",
            "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường",
            "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường",
            "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ",
            "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ");
    private static final Map<String, String> BY_KEY = SUCCESSORS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(e -> UnitNames.key(e.getKey()), Map.Entry::getValue));
    private static final java.util.Set<String> SUCCESSOR_KEYS = SUCCESSORS.values().stream().map(UnitNames::key)
            .collect(Collectors.toUnmodifiableSet());

    private MergedDepartments() {
    }

    /** The department that took over the one {@code written} names, however it is written; empty for any other name. */
    public static Optional<String> successorOf(String written) {
        return Optional.ofNullable(BY_KEY.get(UnitNames.key(written)));
    }

    /** True when {@code name} is one of the departments the mergers made or kept: Sở Tài chính, Sở Nội vụ … */
    public static boolean isSuccessor(String name) {
        return SUCCESSOR_KEYS.contains(UnitNames.key(name));
    }
}
