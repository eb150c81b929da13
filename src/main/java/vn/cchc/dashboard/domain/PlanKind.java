package vn.cchc.dashboard.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose tasks a plan follows. A province keeps its own plan ({@link #LOCAL}: tasks of its departments, districts and
 * communes). The national level follows two plans of the same year side by side, each with its own headline: the
 * provinces' tasks ({@link #PROVINCES}, "1.384/3.003 nhiệm vụ" in mid-2023) and the ministries' and central
 * agencies' tasks ({@link #MINISTRIES}, "296/845 nhiệm vụ"). A store holds at most one current plan of each kind a
 * year.
 */
public enum PlanKind {

    LOCAL(PlanScope.PROVINCE, "dia-phuong", "local"),
    PROVINCES(PlanScope.NATIONAL, "tinh", "provinces"),
    MINISTRIES(PlanScope.NATIONAL, "bo-nganh", "ministries");

    private final PlanScope scope;
    private final String code;
    private final String englishCode;

    PlanKind(PlanScope scope, String code, String englishCode) {
        this.scope = scope;
        this.code = code;
        this.englishCode = englishCode;
    }

    /** Whose plan it is: a province's own, or the national level's. */
    public PlanScope scope() {
        return scope;
    }

    /** The short name a command line takes ({@code --kind tinh}): unaccented, so that it types the same everywhere. */
    public String code() {
        return code;
    }

    /** The kind a plan of {@code scope} had before kinds existed: a national plan followed the provinces. */
    public static PlanKind defaultFor(PlanScope scope) {
        return scope == PlanScope.PROVINCE ? LOCAL : PROVINCES;
    }

    /** The kind {@code typed} names: its code ("bo-nganh", "bộ-ngành", "Bo nganh") or its English one ("ministries"). */
    public static Optional<PlanKind> parse(String typed) {
        String key = Text.fold(typed).replace(' ', '-').replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.code.equals(key) || k.englishCode.equals(key)
                || k.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** The codes a command line accepts, in order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(PlanKind::code).toList();
    }

    /**
     * True when a unit of {@code kind} is one this plan follows: the units an indicator figure may bring into the
     * plan's lagging list without a task in it. A province's plan follows every unit its store knows; a national plan
     * only the provinces, or only the ministries and central agencies, though both plans share the store's units.
     */
    public boolean follows(UnitKind kind) {
        return switch (this) {
            case LOCAL -> true;
            case PROVINCES -> kind == UnitKind.PROVINCE;
            case MINISTRIES -> kind == UnitKind.MINISTRY || kind == UnitKind.CENTRAL_AGENCY;
        };
    }

    /**
     * The kind of a unit an import creates for this plan, from the kind its name suggests: in the ministries' plan
     * "Văn phòng Chính phủ", "Thanh tra Chính phủ" or "Ủy ban Dân tộc" are central bodies, not a province's
     * departments or boards (names alone would say so).
     */
    public UnitKind kindOfNewUnit(UnitKind guessed) {
        boolean localBody = guessed == UnitKind.DEPARTMENT || guessed == UnitKind.BOARD || guessed == UnitKind.OTHER;
        if (this == MINISTRIES && localBody) {
            return UnitKind.CENTRAL_AGENCY;
        }
        return guessed;
    }
}
