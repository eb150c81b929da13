package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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
    @CsvSource(value = {"Sớm nhất có thể", "''", "'   '", "Từ ngày 1/7/2025"})
    void textWithoutADeadlineIsUnrecognised(String text) {
        assertThatThrownBy(() -> DeadlineText.parse(text, 2023))
                .isInstanceOfSatisfying(DeadlineText.InvalidDeadlineException.class,
                        e -> assertThat(e.problem()).isEqualTo(DeadlineText.Problem.UNRECOGNISED));
    }

    /** One line of the corpus: a wording as an office wrote it, the plan's year, what it means, where it was seen. */
    record Wording(String text, int planYear, String meaning, String source) {
        @Override
        public String toString() {
            return "\"" + text + "\" (" + planYear + ") means " + meaning;
        }
    }

    static List<Wording> corpus() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DeadlineTextTest.class.getResourceAsStream("deadline-wordings.tsv")), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .map(f -> new Wording(f[0], Integer.parseInt(f[1]), f[2], f[3])).toList();
        }
    }

    @Test
    void theCorpusHoldsAtLeast150DistinctWordings() throws IOException {
        List<Wording> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        assertThat(corpus.stream().map(w -> w.text() + "|" + w.planYear()).distinct()).hasSameSizeAs(corpus);
        assertThat(corpus).allSatisfy(w -> assertThat(Normalizer.isNormalized(w.text(), Normalizer.Form.NFC)).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachWordingOfTheCorpusMeansWhatTheSpecialistReads(Wording wording) {
        String[] meaning = wording.meaning().split(" ", 2);
        switch (meaning[0]) {
            case "date", "dates" -> {
                List<LocalDate> days = Arrays.stream(meaning[1].split(";")).map(DeadlineTextTest::day).toList();
                DueDate due = DeadlineText.parse(wording.text(), wording.planYear());
                assertThat(due.kind()).isEqualTo(DueDate.Kind.FIXED);
                assertThat(due.milestones()).containsExactlyElementsOf(days);
                assertThat(due.date()).isEqualTo(days.get(days.size() - 1));
            }
            case "recurring" -> {
                DueDate due = DeadlineText.parse(wording.text(), wording.planYear());
                assertThat(due.kind()).isEqualTo(DueDate.Kind.RECURRING);
                assertThat(due.cadence()).isEqualTo(DueDate.Cadence.valueOf(
                        meaning[1].toUpperCase(Locale.ROOT).replace('-', '_')));
                assertThat(due.date()).isEqualTo(LocalDate.of(wording.planYear(), 12, 31));
            }
            case "open" -> {
                DueDate due = DeadlineText.parse(wording.text(), wording.planYear());
                assertThat(due.kind()).isEqualTo(DueDate.Kind.NONE);
                assertThat(due.date()).isNull();
            }
            case "impossible", "unreadable" -> assertThatThrownBy(() -> DeadlineText.parse(wording.text(), wording.planYear()))
                    .isInstanceOfSatisfying(DeadlineText.InvalidDeadlineException.class, e -> assertThat(e.problem())
                            .isEqualTo(meaning[0].equals("impossible") ? DeadlineText.Problem.IMPOSSIBLE_DATE
                                    : DeadlineText.Problem.UNRECOGNISED));
            default -> throw new AssertionError("Unknown meaning in the corpus: " + wording.meaning());
        }
    }

    @ParameterizedTest(name = "\"{0}\" is read year-month-day: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-09-30 | 2026-09-30
            2024-06-30 | 2024-06-30
            2024/12/15 | 2024-12-15
            """)
    void isoDatesAreYearMonthDay(String text, LocalDate expected) {
        assertThat(DeadlineText.parse(text, 2026).date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" names a day that does not exist")
    @CsvSource({"2024-13-01", "2026-09-31", "2023-02-29"})
    void impossibleIsoDatesAreRefusedNotReadTheOtherWayRound(String text) {
        assertThatThrownBy(() -> DeadlineText.parse(text, 2024))
                .isInstanceOfSatisfying(DeadlineText.InvalidDeadlineException.class,
                        e -> assertThat(e.problem()).isEqualTo(DeadlineText.Problem.IMPOSSIBLE_DATE));
    }

    private static LocalDate day(String ddMMyyyy) {
        return LocalDate.parse(ddMMyyyy, DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
