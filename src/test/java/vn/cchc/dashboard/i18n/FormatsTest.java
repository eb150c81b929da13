package vn.cchc.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    final Formats vi = Formats.vietnamese();
    final Formats en = new Formats(Language.EN);

    @Test
    void vietnameseNumbersUseDotsForThousandsAndCommaForDecimals() {
        assertThat(vi.ratio(1384, 3003)).isEqualTo("1.384/3.003");
        assertThat(vi.percent(new BigDecimal("46.09"))).isEqualTo("46,09%");
        assertThat(vi.percent(new BigDecimal("100.00"))).isEqualTo("100,00%");
        assertThat(vi.count(6823)).isEqualTo("6.823");
        assertThat(vi.decimal(new BigDecimal("16.1"))).isEqualTo("16,10");
        assertThat(vi.date(LocalDate.of(2023, 6, 21))).isEqualTo("21/06/2023");
    }

    @Test
    void englishNumbersUseCommasForThousands() {
        assertThat(en.ratio(1384, 3003)).isEqualTo("1,384/3,003");
        assertThat(en.percent(new BigDecimal("46.09"))).isEqualTo("46.09%");
        assertThat(en.date(LocalDate.of(2023, 6, 21))).isEqualTo("21/06/2023");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"21/06/2023, 2023-06-21", "1/6/2023, 2023-06-01", "2023-06-21, 2023-06-21", "' 29/02/2024 ', 2024-02-29",
            "21-06-2023, 2023-06-21", "21.06.2023, 2023-06-21"})
    void typedDatesAreReadInEveryFormACellIsRead(String typed, LocalDate expected) {
        assertThat(Formats.parseDate(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource({"31/02/2023", "29/02/2023", "2023-13-01", "06/21/2023", "21/06/23", "hôm qua", "''"})
    void impossibleOrMistypedDatesAreRefused(String typed) {
        assertThat(Formats.parseDate(typed)).isEmpty();
    }
}
