package vn.cchc.dashboard.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.IndicatorValue;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.store.Store;

/**
 * The sample province's indicator figures: each department's, board's and local government's dossiers per
 * reporting period of last year and this year (cumulative from 15/12, as reported), the province's PAR Index
 * and SIPAS for the last three years, and the province's own yearly targets. Most units do well and improve;
 * a few are clearly behind (Sở Xây dựng on online dossiers, as in real six-month reviews), so the lagging list
 * has something to say. Deterministic: the same day gives the same figures.
 */
final class SampleIndicators {

    private static final long SEED = 942_2021L;
    private static final String ENTERED_BY = "Dữ liệu mẫu";
    private static final Set<UnitKind> REPORTING = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.BOARD, UnitKind.DISTRICT,
            UnitKind.COMMUNE, UnitKind.CENTRAL_AGENCY);
    /** Dossiers still being processed at a period's cut-off, as a share of those resolved. */
    private static final double PENDING = 0.035;
    /** How far into the year each period's cumulative counts reach. */
    private static final Map<ReportPeriod.Kind, Double> SHARE_OF_YEAR = Map.of(ReportPeriod.Kind.Q1, 0.23,
            ReportPeriod.Kind.H1, 0.49, ReportPeriod.Kind.M9, 0.74, ReportPeriod.Kind.YEAR, 1.0);
    /** Units clearly short of a target: (unit key, indicator) → their rate. */
    private static final Map<String, Double> LAGGARDS = Map.of(
            "SXD/HS_TRUC_TUYEN", 41.2, "SNNMT/HS_TRUC_TUYEN", 58.5, "X_TANLAP/HS_TRUC_TUYEN", 63.0,
            "X_THANHSON/HS_DUNG_HAN", 91.4, "SCT/THANH_TOAN_TT", 47.0, "SGDDT/DVC_TOAN_TRINH", 56.0,
            "X_DONGHAI/HAI_LONG", 85.5, "SXD/DIEM_766", 63.5);

    private final Store store;
    private final Connection c;
    private final Random random = new Random(SEED);
    /**
     * The central agencies' own draws (Công an tỉnh, BHXH, Cục Thuế lead plan tasks and send figures too), so that
     * adding them left every other unit's figures as they were.
     */
    private final Random centralRandom = new Random(SEED + 1);
    private final SampleStatistics statistics;
    private final Instant now;
    private final LocalDate today;
    /** The targets the documents themselves set ("HS_TRUC_TUYEN/2025"): the sample never overrides them. */
    private Set<String> national = Set.of();

    private SampleIndicators(Store store, Connection c, Instant now, LocalDate today) {
        this.store = store;
        this.c = c;
        this.now = now;
        this.today = today;
        this.statistics = new SampleStatistics(store, c);
    }

    /** Writes the figures of last year and this year up to today, for the units in {@code keys} order. */
    static void write(Store store, Connection c, List<String> keys, Map<String, Unit> units, Instant now,
                      LocalDate today) throws SQLException {
        SampleIndicators sample = new SampleIndicators(store, c, now, today);
        int year = today.getYear();
        sample.targets(year);
        sample.statistics.ensureTable(year - 1);
        sample.statistics.ensureTable(year);
        for (String key : keys) {
            Unit unit = units.get(key);
            if (REPORTING.contains(unit.kind())) {
                sample.unitFigures(key, unit, year);
            }
        }
        sample.provinceIndices(units.get("UBT"), year);
    }

    private void targets(int year) throws SQLException {
        national = store.indicators().targets(c).stream().map(t -> t.indicatorCode() + "/" + t.year())
                .collect(Collectors.toSet());
        String thisYear = "Kế hoạch CCHC năm " + year + " của UBND " + SampleProvince.PROVINCE + " (Dữ liệu mẫu)";
        String lastYear = "Kế hoạch CCHC năm " + (year - 1) + " của UBND " + SampleProvince.PROVINCE + " (Dữ liệu mẫu)";
        target("HS_DUNG_HAN", year - 1, 98, lastYear);
        target("HS_DUNG_HAN", year, 98, thisYear);
        target("HS_TRUC_TUYEN", year, 85, thisYear);
        target("DVC_TOAN_TRINH", year, 85, thisYear);
        target("THANH_TOAN_TT", year, 85, thisYear);
        // No digitisation target this year: the plan left it to a later decision, and the screen says so.
        target("SO_HOA", year - 1, 70, lastYear);
        target("HAI_LONG", year, 92, thisYear);
        target("HS_TRE_HAN", year - 1, 2, lastYear);
        target("HS_TRE_HAN", year, 2, thisYear);
        target("DIEM_766", year - 1, 75, lastYear);
        target("DIEM_766", year, 80, thisYear);
        target("PAR_INDEX", year - 1, 88, lastYear);
        target("SIPAS", year - 1, 85, lastYear);
    }

    private void target(String code, int year, double value, String document) throws SQLException {
        if (!national.contains(code + "/" + year)) {
            store.indicators().saveTarget(c, new IndicatorTarget(code, year, BigDecimal.valueOf(value), document), true);
        }
    }

    private void unitFigures(String key, Unit unit, int year) throws SQLException {
        Random random = unit.kind() == UnitKind.CENTRAL_AGENCY ? centralRandom : this.random;
        boolean local = unit.kind() == UnitKind.COMMUNE || unit.kind() == UnitKind.DISTRICT;
        int dossiersPerYear = (local ? 3_000 : 1_500) + random.nextInt(local ? 6_000 : 12_000);
        int procedures = local ? 0 : 40 + random.nextInt(140);
        double skill = random.nextDouble();
        List<ReportPeriod> periods = new ArrayList<>(ReportPeriod.of(year - 1));
        periods.addAll(ReportPeriod.of(year));
        for (int step = 0; step < periods.size(); step++) {
            ReportPeriod period = periods.get(step);
            if (period.end().isAfter(today) || !unit.existsOn(period.end())) {
                continue;
            }
            double progress = step * 0.9;
            long resolved = Math.round(dossiersPerYear * SHARE_OF_YEAR.get(period.kind()) * (0.95 + random.nextDouble() * 0.1));
            long onTime = count(resolved, rate(key, "HS_DUNG_HAN", 97 + skill * 2.6 + progress * 0.1));
            long received = resolved + Math.round(resolved * PENDING);
            ratio(unit, period, "HS_DUNG_HAN", onTime, resolved);
            ratio(unit, period, "HS_TRE_HAN", resolved - onTime, resolved);
            long online = count(received, rate(key, "HS_TRUC_TUYEN", 76 + skill * 14 + progress));
            ratio(unit, period, "HS_TRUC_TUYEN", online, received);
            long withFee = Math.round(resolved * 0.3);
            long paidOnline = count(withFee, rate(key, "THANH_TOAN_TT", 70 + skill * 18 + progress));
            ratio(unit, period, "THANH_TOAN_TT", paidOnline, withFee);
            long digitised = count(received, rate(key, "SO_HOA", 68 + skill * 22 + progress));
            ratio(unit, period, "SO_HOA", digitised, received);
            statistics.write(key, unit, period, new SampleStatistics.Dossiers(received, resolved, onTime, online, withFee,
                    paidOnline, digitised));
            long ratings = Math.round(resolved * 0.4);
            ratio(unit, period, "HAI_LONG", count(ratings, rate(key, "HAI_LONG", 91 + skill * 7 + progress * 0.2)), ratings);
            if (!local) {
                ratio(unit, period, "DVC_TOAN_TRINH", count(procedures, rate(key, "DVC_TOAN_TRINH", 72 + skill * 20 + progress)),
                        procedures);
                figure(unit, period, "DIEM_766", rate(key, "DIEM_766", 72 + skill * 18 + progress));
            }
        }
    }

    private void provinceIndices(Unit province, int year) throws SQLException {
        List<String> areas = List.of("PAR_CDDH", "PAR_TC", "PAR_TTHC", "PAR_TCBM", "PAR_CV", "PAR_TCC", "PAR_CPS",
                "PAR_TAC_DONG");
        for (int y = year - 3; y < year; y++) {
            ReportPeriod period = new ReportPeriod(y, ReportPeriod.Kind.YEAR);
            double base = 84.5 + (y - (year - 3)) * 1.6;
            figure(province, period, "PAR_INDEX", base + random.nextDouble());
            for (String area : areas) {
                figure(province, period, area, base - 6 + random.nextDouble() * 13);
            }
            figure(province, period, "SIPAS", 81.2 + (y - (year - 3)) * 1.4 + random.nextDouble());
        }
    }

    /** The unit's rate for an indicator: its laggard figure where it has one, else {@code usual}, capped at 99,9. */
    private static double rate(String key, String indicator, double usual) {
        Double laggard = LAGGARDS.get(key + "/" + indicator);
        return Math.min(99.9, laggard != null ? laggard : usual);
    }

    private static long count(long of, double percent) {
        return Math.round(of * percent / 100);
    }

    private void ratio(Unit unit, ReportPeriod period, String code, long numerator, long denominator) throws SQLException {
        store.indicators().insertValue(c, new IndicatorValue(0, code, unit.id(), period, BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator), null, ENTERED_BY, now));
    }

    private void figure(Unit unit, ReportPeriod period, String code, double value) throws SQLException {
        store.indicators().insertValue(c, new IndicatorValue(0, code, unit.id(), period, null, null,
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), ENTERED_BY, now));
    }
}
