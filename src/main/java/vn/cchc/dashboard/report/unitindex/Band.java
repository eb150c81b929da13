package vn.cchc.dashboard.report.unitindex;

import java.math.BigDecimal;

/** The bands a results report counts units in, as the PAR INDEX groups provinces: ≥ 90%, 80–90%, 70–80%, below. */
public enum Band {
    FROM_90(new BigDecimal("90")),
    FROM_80(new BigDecimal("80")),
    FROM_70(new BigDecimal("70")),
    BELOW_70(null);

    private final BigDecimal floor;

    Band(BigDecimal floor) {
        this.floor = floor;
    }

    /** The band of an announced index. */
    public static Band of(BigDecimal index) {
        for (Band band : values()) {
            if (band.floor == null || index.compareTo(band.floor) >= 0) {
                return band;
            }
        }
        throw new IllegalStateException();
    }
}
