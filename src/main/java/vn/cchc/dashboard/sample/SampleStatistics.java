package vn.cchc.dashboard.sample;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.store.Store;

/**
 * The sample province's statistics returns: what each unit sent with its progress form for every closed period of
 * last year and this year. The dossier figures are the very ones behind the unit's indicator figures
 * ({@link SampleIndicators}), so the report's statistics and its indicators never disagree; the rest are counts of
 * a plausible size for a department or a commune, cumulative from the year's start like the indicators. As offices
 * find them: communes leave blank what does not concern them, and nobody fills "Thủ tục hành chính được đơn giản hóa" or
 * the number of bodies inspected (the report marks both for the office to add). Deterministic: a unit's year draws from its own seed.
 */
final class SampleStatistics {

    /** A unit's dossiers for one period, as its indicator figures count them. */
    record Dossiers(long received, long resolved, long onTime, long online, long withFee, long paidOnline,
                    long digitised) {
    }

    private static final long SEED = 766_2022L;
    private static final String SOURCE = "Dữ liệu mẫu";
    private static final Map<ReportPeriod.Kind, Double> SHARE_OF_YEAR = Map.of(ReportPeriod.Kind.Q1, 0.23,
            ReportPeriod.Kind.H1, 0.49, ReportPeriod.Kind.M9, 0.74, ReportPeriod.Kind.YEAR, 1.0);

    private final Store store;
    private final Connection c;
    /** The years given a table by {@link #ensureTable}: asked once per year, not once per unit and period. */
    private final java.util.Set<Integer> tabled = new java.util.HashSet<>();

    SampleStatistics(Store store, Connection c) {
        this.store = store;
        this.c = c;
    }

    /** Gives {@code year} a statistics table when it has none, copied from the latest year that has one. */
    void ensureTable(int year) throws SQLException {
        if (store.statistics().table(c, year).isEmpty()) {
            Integer from = store.statistics().latestTableYear(c);
            if (from == null) {
                return;
            }
            store.statistics().copyTable(c, from, year);
        }
        tabled.add(year);
    }

    /** Records {@code unit}'s return for {@code period}, received on the 12th of the period's last month, before the report's cut-off. */
    void write(String key, Unit unit, ReportPeriod period, Dossiers d) throws SQLException {
        if (!tabled.contains(period.year())) {
            return;
        }
        boolean local = unit.kind() == UnitKind.COMMUNE || unit.kind() == UnitKind.DISTRICT;
        Random year = new Random(SEED * 31 + key.hashCode() * 17L + period.year());
        double share = SHARE_OF_YEAR.get(period.kind());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        put(values, "KT_CCHC", Math.round((local ? 1 + year.nextInt(2) : 2 + year.nextInt(4)) * share));
        put(values, "QPPL_BAN_HANH", local ? 0 : Math.round((1 + year.nextInt(8)) * share));
        put(values, "QPPL_RA_SOAT", Math.round((local ? 5 + year.nextInt(15) : 10 + year.nextInt(50)) * share));
        put(values, "TTHC_CONG_BO", local ? 0 : Math.round((3 + year.nextInt(40)) * share));
        put(values, "HS_TIEP_NHAN", d.received());
        put(values, "HS_DA_GIAI_QUYET", d.resolved());
        put(values, "HS_DUNG_HAN", d.onTime());
        put(values, "HS_TRE_HAN", d.resolved() - d.onTime());
        put(values, "DAO_TAO_BOI_DUONG", Math.round((local ? 15 + year.nextInt(40) : 30 + year.nextInt(170)) * share));
        put(values, "HS_TRUC_TUYEN", d.online());
        long fullyOnline = Math.round(d.online() * (0.45 + year.nextDouble() * 0.2));
        put(values, "HS_TT_TOAN_TRINH", fullyOnline);
        put(values, "HS_TT_MOT_PHAN", d.online() - fullyOnline);
        put(values, "HS_CO_PHI", d.withFee());
        put(values, "TT_TRUC_TUYEN", d.paidOnline());
        put(values, "HS_SO_HOA", d.digitised());
        put(values, "KQ_DIEN_TU", Math.round(d.resolved() * (0.22 + year.nextDouble() * 0.2)));
        long sent = Math.round((local ? 2_500 + year.nextInt(3_000) : 3_000 + year.nextInt(9_000)) * share);
        put(values, "VB_DI", sent);
        put(values, "VB_DIEN_TU_KY_SO", Math.round(sent * (0.96 + year.nextDouble() * 0.035)));
        if (!local) {
            put(values, "QPPL_KIEM_TRA", Math.round(year.nextInt(6) * share));
            put(values, "TTHC_BAI_BO", Math.round(year.nextInt(9) * share));
            put(values, "TCBM_SAP_XEP", year.nextInt(10) < 3 ? 1 : 0);
            stock(values, key, period.year());
        }
        Instant received = period.end().withDayOfMonth(12).atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
        store.statistics().record(c, unit.id(), period.code(), SOURCE, received, SOURCE, false, values, Map.of());
    }

    /**
     * A department's staff, job positions and public service bodies: stocks that change little from year to year,
     * drawn from the unit's own seed; a tenth more of its bodies become self-financing each year.
     */
    private static void stock(Map<String, BigDecimal> values, String key, int year) {
        Random unit = new Random(SEED * 37 + key.hashCode());
        long staff = 35 + unit.nextInt(90);
        put(values, "BIEN_CHE_GIAO", staff);
        put(values, "BIEN_CHE_CO_MAT", staff - 1 - new Random(SEED + key.hashCode() * 7L + year).nextInt(5));
        put(values, "VI_TRI_VIEC_LAM", 15 + unit.nextInt(45));
        long bodies = unit.nextInt(7);
        put(values, "DVSN_TRUC_THUOC", bodies);
        put(values, "DVSN_TU_CHU", Math.min(bodies, bodies * Math.max(0, year - 2020) / 10));
    }

    private static void put(Map<String, BigDecimal> values, String code, long amount) {
        values.put(code, BigDecimal.valueOf(amount));
    }
}
