package vn.cchc.dashboard.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "Thời gian hoàn thành" as offices write it in a plan and gives its meaning ({@link DueDate}):
 * <ul>
 * <li>a fixed deadline – a day in any usual form ("30/6/2024", "ngày 30 tháng 6 năm 2024", "2024-06-30"), a month
 * ("Tháng 6/2024", "06/2024" → 30/6), a quarter ("Quý IV/2024"), part of the year ("6 tháng đầu năm" → 30/6), the
 * year ("Trong năm", "Năm 2024", "Đến hết năm" → 31/12), a bound ("Trước ngày 15/12", "Chậm nhất 30/9"); several
 * milestones in one cell ("Tháng 6 và tháng 12/2024") are all kept and the last is the deadline, while a range
 * ("Tháng 3-6", "Quý II-III") counts by its end; "Trước tháng 6" is before June begins;</li>
 * <li>a recurring task with its cadence ("Thường xuyên", "Cả năm", "Hằng quý", "Định kỳ 6 tháng", "Hằng năm") –
 * recurring words win over dates in the same cell ("Hằng quý, trước ngày 20 tháng cuối quý");</li>
 * <li>no fixed deadline ("Theo tiến độ của Trung ương", "Khi có yêu cầu") – unless the cell also names a date
 * ("…, dự kiến Quý III/2024"), which then is the deadline.</li>
 * </ul>
 * The plan's year fills in what a wording leaves out. A day that does not exist ("31/02", "2024-13-01") makes the
 * whole text invalid: a deadline is never guessed.
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

    /** Recurring wordings by cadence, the finest first: "Thường xuyên, báo cáo hằng quý" is continuous. */
    private static final List<Map.Entry<DueDate.Cadence, Pattern>> CADENCES = List.of(
            Map.entry(DueDate.Cadence.CONTINUOUS, Pattern.compile("thuong xuyen|lien tuc|ca nam|suot nam|quanh nam"
                    + "|^theo tien do\\W*$|dinh ky(?!\\s*(?:0?\\d|hang|moi|quy|thang|nam|nua))")),
            Map.entry(DueDate.Cadence.MONTHLY, Pattern.compile("(?<![a-z])(?:hang|moi) thang|dinh ky (?:hang )?thang")),
            Map.entry(DueDate.Cadence.QUARTERLY, Pattern.compile("(?<![a-z])(?:hang|moi) qu[yi]|dinh ky (?:hang )?qu[yi]"
                    + "|qu[yi] mot lan")),
            Map.entry(DueDate.Cadence.HALF_YEARLY, Pattern.compile("dinh ky (?:0?6 thang|nua nam)|(?<!\\d)0?6 thang"
                    + " ?(?:mot lan|/ ?lan)|(?<![a-z])(?:hang|moi) 0?6 thang")),
            Map.entry(DueDate.Cadence.YEARLY, Pattern.compile("(?<![a-z])(?:hang|moi) nam|dinh ky (?:hang )?nam|nam mot lan")));

    /** Wordings that tie a task to someone else's timetable or to a request: no fixed deadline. */
    private static final Pattern NO_FIXED_DEADLINE = Pattern.compile(
            "theo tien do|theo lo trinh|(?:khi|theo|neu) (?:co )?yeu cau|khi co (?:van ban|huong dan|chi dao|quy dinh"
                    + "|de nghi|ke hoach|thong bao)|sau khi|theo chi dao|theo (?:quy dinh|ke hoach|huong dan|thoi gian"
                    + "|thong bao|van ban)|khi phat sinh|chua xac dinh|dot xuat|khi (?:trung uong|chinh phu|bo |tinh |ubnd"
                    + "|thu tuong|cap tren|duoc)|tuy theo|phu thuoc"
                    + "|khong (?:co )?thoi han|chua co thoi han");

    private static final String SEPARATOR = "\\s*(?:,|;|\\+|-|–|va|den|toi)\\s*";
    private static final String YEAR = "(?:\\s*(?:/|-|nam)\\s*(\\d{4}|\\d{2}))?(?!\\d)";
    private static final Pattern ISO_DATE = Pattern.compile(
            "(?<![\\d/.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d/.])");
    private static final Pattern WORDED_DATE = Pattern.compile(
            "ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?:\\s*nam\\s*(\\d{4}))?");
    private static final Pattern MONTHS = Pattern.compile("(?:thang|(?<![a-z])t(?=\\d))\\s*(\\d{1,2}(?:"
            + SEPARATOR + "(?:thang\\s*)?\\d{1,2})*)" + YEAR);
    private static final Pattern QUARTERS = Pattern.compile("qu[yi]\\s*((?:iv|i{1,3}|[1-4])(?:" + SEPARATOR
            + "(?:qu[yi]\\s*)?(?:iv|i{1,3}|[1-4]))*)(?![a-z])" + YEAR);
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?(?![\\d/.])");
    private static final Pattern MONTH_OF_YEAR = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.-](\\d{4})(?![\\d/.])");
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "(?:(?<!\\d)0?(\\d{1,2}) thang|nua) (dau|cuoi) nam(?:\\s*(\\d{4}))?");
    private static final Pattern YEAR_END = Pattern.compile(
            "(?:trong|den het|het|cuoi|den cuoi|truoc het)\\s+nam(?:\\s+ke hoach)?(?:\\s*(\\d{4}))?");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern RANGE_BETWEEN = Pattern.compile("\\s*(?:-|–|den(?:\\s+het)?|toi)\\s*(?:ngay|nam)?\\s*");
    private static final Pattern RANGE_MARK = Pattern.compile("-|–|den|toi");
    private static final Pattern LIST_ITEM = Pattern.compile("iv|i{1,3}|\\d{1,2}|-|–|den|toi");
    private static final Pattern BEFORE = Pattern.compile("truoc\\s*$");
    private static final Pattern FROM = Pattern.compile("(?:^|[^a-z])tu\\s*(?:ngay\\s*)?$");

    private DeadlineText() {
    }

    /** The meaning of {@code text} in a plan of {@code planYear}, or empty when it cannot be read. */
    public static Optional<DueDate> tryParse(String text, int planYear) {
        try {
            return Optional.of(parse(text, planYear));
        } catch (InvalidDeadlineException e) {
            return Optional.empty();
        }
    }

    /**
     * Readings worked out so far, by year and text: a plan repeats a handful of wordings ("Quý II/2024", "Thường
     * xuyên") over thousands of rows, and an import reads each row's deadline when it reads the file and again when it
     * writes the task; the regular expressions were a sixth of a 100.000-row import's reading. The reading is a pure
     * function of the two, so the remembered one is the same. Emptied when it grows past any real plan's wordings.
     */
    private static final Remembered<Question, Object> READINGS = new Remembered<>(question -> {
        try {
            return read(question.text(), question.planYear());
        } catch (InvalidDeadlineException e) {
            return e;
        }
    });

    private record Question(String text, int planYear) {
    }

    public static DueDate parse(String text, int planYear) {
        Object reading = READINGS.get(new Question(text, planYear));
        if (reading instanceof InvalidDeadlineException invalid) {
            // A new exception each time: one thrown from here must show where it was thrown.
            throw new InvalidDeadlineException(invalid.problem(), invalid.text());
        }
        return (DueDate) reading;
    }

    private static DueDate read(String text, int planYear) {
        String original = Text.clean(text) == null ? "" : Text.clean(text);
        String folded = Text.fold(text);
        if (folded.isEmpty()) {
            throw new InvalidDeadlineException(Problem.UNRECOGNISED, original);
        }
        for (Map.Entry<DueDate.Cadence, Pattern> cadence : CADENCES) {
            if (cadence.getValue().matcher(folded).find()) {
                return DueDate.recurring(LocalDate.of(planYear, 12, 31), cadence.getKey());
            }
        }
        List<LocalDate> dates = new Reading(original, folded, planYear).milestones();
        if (!dates.isEmpty()) {
            return DueDate.milestones(dates);
        }
        if (NO_FIXED_DEADLINE.matcher(folded).find()) {
            return DueDate.none();
        }
        throw new InvalidDeadlineException(Problem.UNRECOGNISED, original);
    }

    /** One text's dates, read finest first, each match blanked out so that a coarser pattern does not read it again. */
    private static final class Reading {
        private final String original;
        private final String folded;
        private final StringBuilder rest;
        private final int planYear;
        private final List<Found> found = new ArrayList<>();

        Reading(String original, String folded, int planYear) {
            this.original = original;
            this.folded = folded;
            this.rest = new StringBuilder(folded);
            this.planYear = planYear;
        }

        List<LocalDate> milestones() {
            each(ISO_DATE, m -> List.of(day(m.group(3), m.group(2), m.group(1))));
            each(WORDED_DATE, m -> List.of(day(m.group(1), m.group(2), m.group(3))));
            each(MONTHS, m -> {
                int year = year(m.group(2));
                return periodEnds(m, items(m.group(1)).stream().map(n -> YearMonth.of(year, Integer.parseInt(n))).toList());
            });
            each(QUARTERS, m -> {
                int year = year(m.group(2));
                return periodEnds(m, items(m.group(1)).stream().map(q -> YearMonth.of(year, quarter(q) * 3)).toList());
            });
            each(NUMERIC_DATE, m -> List.of(day(m.group(1), m.group(2), m.group(3))));
            each(MONTH_OF_YEAR, m -> periodEnds(m, List.of(YearMonth.of(year(m.group(2)), Integer.parseInt(m.group(1))))));
            each(PART_OF_YEAR, m -> {
                // "6 tháng đầu năm" ends on 30/6, "5 tháng đầu năm" on 31/5; any "… cuối năm" at year end.
                int months = m.group(2).equals("cuoi") ? 12 : m.group(1) == null ? 6 : Integer.parseInt(m.group(1));
                return List.of(YearMonth.of(year(m.group(3)), months).atEndOfMonth());
            });
            each(YEAR_END, m -> List.of(LocalDate.of(year(m.group(1)), 12, 31)));
            if (found.isEmpty()) {
                // "Năm 2024", "năm 2015 và năm 2016", "2024 – 2025": each year by its last day.
                each(YEAR_ONLY, m -> List.of(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31)));
            }
            return withoutRangeStarts();
        }

        private void each(Pattern pattern, Function<Matcher, List<LocalDate>> meaning) {
            for (Matcher m = pattern.matcher(rest); m.find(); ) {
                try {
                    boolean range = m.groupCount() > 0 && m.group(1) != null && RANGE_MARK.matcher(m.group(1)).find()
                            && (pattern == MONTHS || pattern == QUARTERS);
                    found.add(new Found(m.start(), m.end(), meaning.apply(m), range));
                } catch (DateTimeException | NumberFormatException e) {
                    throw new InvalidDeadlineException(Problem.IMPOSSIBLE_DATE, original);
                }
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }

        /**
         * The last day of each period – or, for a single period right after "trước" ("Trước tháng 6"), the day
         * before it begins.
         */
        private List<LocalDate> periodEnds(Matcher m, List<YearMonth> lastMonths) {
            if (lastMonths.size() == 1 && BEFORE.matcher(folded.substring(0, m.start())).find()) {
                boolean quarter = m.group().startsWith("qu");
                return List.of(lastMonths.get(0).minusMonths(quarter ? 2 : 0).atDay(1).minusDays(1));
            }
            return lastMonths.stream().map(YearMonth::atEndOfMonth).toList();
        }

        /**
         * A range between two separate dates ("01/3 – 30/6/2024") counts by its end; a day a task starts from
         * ("Từ ngày 1/7/2025") is no deadline at all.
         */
        private List<LocalDate> withoutRangeStarts() {
            found.sort(Comparator.comparingInt(Found::start));
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                boolean rangeStart = i + 1 < found.size()
                        && RANGE_BETWEEN.matcher(folded.substring(found.get(i).end(), found.get(i + 1).start())).matches();
                boolean from = !found.get(i).range() && FROM.matcher(folded.substring(0, found.get(i).start())).find();
                if (!rangeStart && !from) {
                    dates.addAll(found.get(i).dates());
                }
            }
            return dates;
        }

        private LocalDate day(String d, String m, String y) {
            return LocalDate.of(year(y), Integer.parseInt(m), Integer.parseInt(d));
        }

        private int year(String y) {
            if (y == null) {
                return planYear;
            }
            int value = Integer.parseInt(y);
            return y.length() == 2 ? 2000 + value : value;
        }
    }

    /** A matched span of the text, the deadlines it names, and whether it is a whole range ("tháng 3 đến tháng 6"). */
    private record Found(int start, int end, List<LocalDate> dates, boolean range) {
    }

    /**
     * The items of a list of months or quarters ("3, 6 và 9", "I-II"): separate milestones, except that the item
     * before a range mark ("-", "đến") only opens a range and is dropped.
     */
    private static List<String> items(String list) {
        List<String> items = new ArrayList<>();
        boolean rangeOpen = false;
        for (Matcher m = LIST_ITEM.matcher(list.replaceAll("qu[yi]|thang", " ")); m.find(); ) {
            String token = m.group();
            if (token.equals("-") || token.equals("–") || token.equals("den") || token.equals("toi")) {
                rangeOpen = true;
            } else {
                if (rangeOpen && !items.isEmpty()) {
                    items.remove(items.size() - 1);
                }
                rangeOpen = false;
                items.add(token);
            }
        }
        return items;
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> throw new DateTimeException("No quarter " + q);
        };
    }
}
