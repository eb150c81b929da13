package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskCodesTest {

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource({"1, I", "4, IV", "7, VII", "9, IX", "14, XIV", "30, XXX", "39, XXXIX", "40, XL", "59, LIX"})
    void romanNumeralsBothWays(int number, String roman) {
        assertThat(TaskCodes.roman(number)).isEqualTo(roman);
        assertThat(TaskCodes.fromRoman(roman)).isEqualTo(number);
        assertThat(TaskCodes.fromRoman(roman.toLowerCase())).isEqualTo(number);
    }

    @Test
    void notANumeralIsZeroAndOutOfRangeIsRefused() {
        assertThat(TaskCodes.fromRoman("II.3")).isZero();
        assertThat(TaskCodes.fromRoman("12")).isZero();
        assertThatThrownBy(() -> TaskCodes.roman(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void planCodesSortByTheirNumbers() {
        List<String> codes = new ArrayList<>(List.of("II.10", "IV.1", "II.9", "I.2", "III.1", "II.9.1", "IX.1", "V.1"));
        codes.sort(TaskCodes.ORDER);
        assertThat(codes).containsExactly("I.2", "II.9", "II.9.1", "II.10", "III.1", "IV.1", "V.1", "IX.1");
    }
}
