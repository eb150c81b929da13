package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period on the official windows: quý I, 6 tháng, 9 tháng or năm of one year, each running from
 * 15/12 of the year before to its cut-off (14/3, 14/6, 14/9, 14/12). Written as codes that files and the
 * command line share: {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-9M}, {@code 2026}.
 */
public record ReportPeriod(int year, Kind kind) implements Comparable<ReportPeriod> {

    /** The four periods of a year, in order; each includes the ones before it. */
    public enum Kind {
        Q1("-Q1", MonthDay.of(3, 14)),
        H1("-H1", MonthDay.of(6, 14)),
        M9("-9M", MonthDay.of(9, 14)),
        YEAR("", MonthDay.of(12, 14));

        private final String suffix;
        private final MonthDay cutoff;

        Kind(String suffix, MonthDay cutoff) {
            this.suffix = suffix;
            this.cutoff = cutoff;
        }
    }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(-Q1|-H1|-9M)?");
    private static final Comparator<ReportPeriod> ORDER =
            Comparator.comparingInt(ReportPeriod::year).thenComparing(ReportPeriod::kind);

    public ReportPeriod {
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** The period a code names, or empty for anything else ("2026-Q2" is not an official window). */
    public static Optional<ReportPeriod> parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip().toUpperCase());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String suffix = m.group(2) == null ? "" : m.group(2);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.suffix.equals(suffix)).findFirst().orElseThrow();
        int year = Integer.parseInt(m.group(1));
        return year < 1990 || year > 2100 ? Optional.empty() : Optional.of(new ReportPeriod(year, kind));
    }

    public String code() {
        return year + kind.suffix;
    }

    /** 15/12 of the year before: every window of a year starts there. */
    public LocalDate start() {
        return LocalDate.of(year - 1, 12, 15);
    }

    public LocalDate end() {
        return kind.cutoff.atYear(year);
    }

    /**
     * The day the report on this period is due at the Bộ Nội vụ: the 20th of the period's last month
     * (20/3, 20/6, 20/9, 20/12), a few days after the figures are cut off.
     */
    public LocalDate reportDue() {
        return LocalDate.of(year, kind.cutoff.getMonth(), 20);
    }

    /** The period its report's "phương hướng, nhiệm vụ kỳ tới" speaks of (after 6 tháng: 6 tháng cuối năm). */
    public NextPeriod next() {
        return NextPeriod.after(this);
    }

    /** The four periods of {@code year}. */
    public static List<ReportPeriod> of(int year) {
        return Arrays.stream(Kind.values()).map(k -> new ReportPeriod(year, k)).toList();
    }

    /** The latest period whose window has closed on {@code day} (on 23/11/2026: 9 tháng 2026). */
    public static ReportPeriod latestEndedBy(LocalDate day) {
        List<ReportPeriod> candidates = new ArrayList<>(of(day.getYear() - 1));
        candidates.addAll(of(day.getYear()));
        return candidates.stream().filter(p -> !p.end().isAfter(day)).max(ORDER).orElseThrow();
    }

    /** The {@code count} periods up to and including this one, oldest first: the points of a trend. */
    public List<ReportPeriod> trailing(int count) {
        List<ReportPeriod> periods = new ArrayList<>();
        ReportPeriod p = this;
        for (int i = 0; i < count && p != null; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return periods;
    }

    private ReportPeriod previous() {
        if (kind.ordinal() > 0) {
            return new ReportPeriod(year, Kind.values()[kind.ordinal() - 1]);
        }
        return year > 1990 ? new ReportPeriod(year - 1, Kind.YEAR) : null;
    }

    @Override
    public int compareTo(ReportPeriod other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code();
    }
}
