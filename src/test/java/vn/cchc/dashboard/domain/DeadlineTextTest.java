package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTextTest {

    @ParameterizedTest(name = "\"{0}\" in a {1} plan is due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            30/6/2023                     | 2023 | 2023-06-30
            30/06/2023                    | 2023 | 2023-06-30
            15.12.2023                    | 2023 | 2023-12-15
            31/3                          | 2024 | 2024-03-31
            ngày 30 tháng 6 năm 2023      | 2023 | 2023-06-30
            Ngày 15 tháng 6               | 2023 | 2023-06-15
            Tháng 6/2023                  | 2023 | 2023-06-30
            Tháng 2/2024                  | 2024 | 2024-02-29
            tháng 2 năm 2023              | 2023 | 2023-02-28
            Tháng 9                       | 2023 | 2023-09-30
            Tháng 6-9/2023                | 2023 | 2023-09-30
            Tháng 3 và tháng 9/2023       | 2023 | 2023-09-30
            Quý I/2023                    | 2023 | 2023-03-31
            Quý II/2023                   | 2023 | 2023-06-30
            Quý III                       | 2023 | 2023-09-30
            Quý IV                        | 2023 | 2023-12-31
            Quý 2/2023                    | 2023 | 2023-06-30
            Quý I, II/2023                | 2023 | 2023-06-30
            Quý III-IV                    | 2023 | 2023-12-31
            Trước 30/11/2023              | 2023 | 2023-11-30
            Trước ngày 15/7               | 2023 | 2023-07-15
            6 tháng đầu năm               | 2023 | 2023-06-30
            6 tháng cuối năm              | 2023 | 2023-12-31
            9 tháng đầu năm               | 2023 | 2023-09-30
            Năm 2023                      | 2023 | 2023-12-31
            QUÝ IV/2023                   | 2023 | 2023-12-31
            Tháng 12/2022                 | 2023 | 2022-12-31
            30/6/23                       | 2023 | 2023-06-30
            """)
    void normalisesDeadlineTextToItsLastDay(String text, int planYear, LocalDate expected) {
        DueDate due = DeadlineText.parse(text, planYear);
        assertThat(due.date()).isEqualTo(expected);
        assertThat(due.recurring()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is recurring")
    @CsvSource(delimiter = '|', textBlock = """
            Thường xuyên
            thường xuyên
            Cả năm
            Theo tiến độ
            Hằng quý
            Hàng năm
            Định kỳ
            """)
    void recurringTasksAreDueAtYearEnd(String text) {
        DueDate due = DeadlineText.parse(text, 2023);
        assertThat(due.recurring()).isTrue();
        assertThat(due.date()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void decomposedUnicodeReadsLikeComposed() {
        String nfd = Normalizer.normalize("Quý II/2023", Normalizer.Form.NFD);
        assertThat(DeadlineText.parse(nfd, 2023).date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(DeadlineText.parse(Normalizer.normalize("Thường xuyên", Normalizer.Form.NFD), 2023).recurring()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is an impossible date")
    @CsvSource({"31/02/2023", "30/13/2023", "ngày 31 tháng 4 năm 2023", "Tháng 13/2023"})
    void impossibleDatesAreRefused(String text) {
        assertThatThrownBy(() -> DeadlineText.parse(text, 2023))
                .isInstanceOfSatisfying(DeadlineText.InvalidDeadlineException.class,
                        e -> assertThat(e.problem()).isIn(DeadlineText.Problem.IMPOSSIBLE_DATE,
                                DeadlineText.Problem.UNRECOGNISED));
        assertThat(DeadlineText.tryParse(text, 2023)).isEmpty();
    }

    @Test
    void the31stOfFebruaryIsCalledImpossibleNotUnrecognised() {
        assertThatThrownBy(() -> DeadlineText.parse("31/02/2023", 2023))
                .isInstanceOfSatisfying(DeadlineText.InvalidDeadlineException.class,
                        e -> assertThat(e.problem()).isEqualTo(DeadlineText.Problem.IMPOSSIBLE_DATE));
    }

    @ParameterizedTest(name = "\"{0}\" names no deadline")
    @CsvSource(value = {"Sớm nhất có thể", "''", "'   '", "Khi có hướng dẫn"})
    void textWithoutADeadlineIsUnrecognised(String text) {
        assertThatThrownBy(() -> DeadlineText.parse(text, 2023))
                .isInstanceOfSatisfying(DeadlineText.InvalidDeadlineException.class,
                        e -> assertThat(e.problem()).isEqualTo(DeadlineText.Problem.UNRECOGNISED));
    }
}
