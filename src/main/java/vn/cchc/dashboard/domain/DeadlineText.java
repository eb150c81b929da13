package vn.cchc.dashboard.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;

/**
 * Reads "Thời gian hoàn thành" as people write it in a plan and gives the normalised due date:
 * a date ("30/6/2023", "ngày 30 tháng 6 năm 2023"), a month ("Tháng 6/2023" → 30/6), a quarter
 * ("Quý II/2023", "Quý IV" → end of the quarter), a bound ("Trước 30/11/2023" → 30/11), half years
 * ("6 tháng đầu năm" → 30/6), a year ("Năm 2023" → 31/12), or a recurring task ("Thường xuyên",
 * "Cả năm", "Theo tiến độ", "Hằng quý" → recurring, due at year end). Where a text names several
 * deadlines ("Quý I, II", "Tháng 3 và tháng 9") the last one counts. A missing year is the plan's year.
 */
public final class DeadlineText {

    /** Why a deadline text could not be read. */
    public enum Problem { UNRECOGNISED, IMPOSSIBLE_DATE }

    /** Thrown for a text that names no deadline, or a date that does not exist (31/02/2023). */
    public static final class InvalidDeadlineException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final String text;

        InvalidDeadlineException(Problem problem, String text) {
            super(problem + ": " + text);
            this.problem = problem;
            this.text = text;
        }

        public Problem problem() {
            return problem;
        }

        public String text() {
            return text;
        }
    }

    private static final Pattern RECURRING = Pattern.compile(
            "thuong xuyen|ca nam|theo tien do|hang (?:nam|quy|thang|tuan)|dinh ky|lien tuc");
    private static final String YEAR = "(?:\\s*(?:/|-|nam)\\s*(\\d{4}|\\d{2}))?(?!\\d)";
    private static final Pattern WORDED_DATE = Pattern.compile(
            "ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?:\\s*nam\\s*(\\d{4}))?");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?(?!\\d)");
    private static final String LIST_SEPARATOR = "\\s*(?:,|-|–|va|den|;)\\s*";
    private static final Pattern MONTHS = Pattern.compile(
            "thang\\s*(\\d{1,2}(?:" + LIST_SEPARATOR + "(?:thang\\s*)?\\d{1,2})*)" + YEAR);
    private static final Pattern QUARTERS = Pattern.compile(
            "quy\\s*((?:iv|i{1,3}|[1-4])(?:" + LIST_SEPARATOR + "(?:quy\\s*)?(?:iv|i{1,3}|[1-4]))*)(?![a-z])" + YEAR);
    private static final Pattern HALF_YEAR = Pattern.compile("(6|9) thang (dau|cuoi) nam");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private DeadlineText() {
    }

    /** The due date for {@code text} in a plan of {@code planYear}, or empty when it cannot be read. */
    public static Optional<DueDate> tryParse(String text, int planYear) {
        try {
            return Optional.of(parse(text, planYear));
        } catch (InvalidDeadlineException e) {
            return Optional.empty();
        }
    }

    public static DueDate parse(String text, int planYear) {
        String original = Text.clean(text);
        String folded = Text.fold(text);
        if (folded.isEmpty()) {
            throw new InvalidDeadlineException(Problem.UNRECOGNISED, original == null ? "" : original);
        }
        if (RECURRING.matcher(folded).find()) {
            return DueDate.recurringUntil(LocalDate.of(planYear, 12, 31));
        }
        Latest latest = new Latest(original);
        // Finest first, each match blanked out: "ngày 15 tháng 6" is a day, not the month of June, and
        // "Tháng 6-9/2023" is a range of months, not the 6th of September.
        StringBuilder rest = new StringBuilder(folded);
        for (Matcher m = WORDED_DATE.matcher(rest); m.find(); ) {
            latest.offer(day(m.group(1), m.group(2), m.group(3), planYear));
            blank(rest, m);
        }
        for (Matcher m = MONTHS.matcher(rest); m.find(); ) {
            int month = lastNumber(m.group(1));
            latest.offer(() -> YearMonth.of(year(m.group(2), planYear), month).atEndOfMonth());
            blank(rest, m);
        }
        for (Matcher m = NUMERIC_DATE.matcher(rest); m.find(); ) {
            latest.offer(day(m.group(1), m.group(2), m.group(3), planYear));
            blank(rest, m);
        }
        for (Matcher m = QUARTERS.matcher(rest); m.find(); ) {
            int quarter = lastQuarter(m.group(1));
            latest.offer(() -> YearMonth.of(year(m.group(2), planYear), quarter * 3).atEndOfMonth());
            blank(rest, m);
        }
        for (Matcher m = HALF_YEAR.matcher(rest); m.find(); ) {
            int months = m.group(2).equals("dau") ? Integer.parseInt(m.group(1)) : 12;
            latest.offer(() -> YearMonth.of(planYear, months).atEndOfMonth());
            blank(rest, m);
        }
        if (latest.date == null) {
            Matcher m = YEAR_ONLY.matcher(rest);
            while (m.find()) {
                latest.offer(() -> LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
            }
        }
        if (latest.date == null) {
            throw new InvalidDeadlineException(Problem.UNRECOGNISED, original);
        }
        return DueDate.on(latest.date);
    }

    private static Supplier<LocalDate> day(String d, String m, String y, int planYear) {
        return () -> LocalDate.of(year(y, planYear), Integer.parseInt(m), Integer.parseInt(d));
    }

    private static int year(String y, int planYear) {
        if (y == null) {
            return planYear;
        }
        int value = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + value : value;
    }

    private static int lastNumber(String list) {
        Matcher m = Pattern.compile("\\d{1,2}").matcher(list);
        int last = 0;
        while (m.find()) {
            last = Math.max(last, Integer.parseInt(m.group()));
        }
        return last;
    }

    private static int lastQuarter(String list) {
        Matcher m = Pattern.compile("iv|i{1,3}|[1-4]").matcher(list);
        int last = 0;
        while (m.find()) {
            last = Math.max(last, switch (m.group()) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                default -> 4;
            });
        }
        return last;
    }

    /** Removes a matched span so that a later, coarser pattern does not read it again. */
    private static void blank(StringBuilder s, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            s.setCharAt(i, ' ');
        }
    }

    /** Keeps the latest of the dates a text names; an impossible date anywhere makes the text invalid. */
    private static final class Latest {
        private final String original;
        private LocalDate date;

        Latest(String original) {
            this.original = original;
        }

        void offer(Supplier<LocalDate> candidate) {
            LocalDate d;
            try {
                d = candidate.get();
            } catch (DateTimeException e) {
                throw new InvalidDeadlineException(Problem.IMPOSSIBLE_DATE, original);
            }
            if (date == null || d.isAfter(date)) {
                date = d;
            }
        }
    }
}
