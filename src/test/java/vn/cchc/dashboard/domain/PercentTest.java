package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
            "1384, 3003, 46.09",  // provinces, mid-2023
            "296, 845, 35.03",    // ministries, mid-2023
            "1, 32, 3.13",        // 3.125: half-up, not half-even
            "1, 3, 33.33",
            "2, 3, 66.67",
            "50, 99, 50.51",
            "0, 10, 0.00",
            "10, 10, 100.00",
            "0, 0, 0.00"})
    void percentIsRoundedHalfUpToTwoDecimals(long part, long whole, String expected) {
        assertThat(Percent.of(part, whole)).isEqualTo(new BigDecimal(expected));
    }
}
