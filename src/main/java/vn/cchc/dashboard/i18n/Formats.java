package vn.cchc.dashboard.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.cchc.dashboard.domain.DayFormat;

/**
 * Numbers and dates as readers expect them: vi-VN "1.384", "46,09%", "21/06/2023"; English "1,384", "46.09%".
 * Dates are dd/MM/yyyy in both languages, as in every Vietnamese document.
 */
public final class Formats {

    public static final DateTimeFormatter DATE = DayFormat.DAY;
    public static final DateTimeFormatter DATE_TIME = DayFormat.DAY_TIME;

    private final DecimalFormatSymbols symbols;

    public Formats(Language language) {
        this.symbols = new DecimalFormatSymbols(language.locale());
        if (language == Language.VI) {
            // Pin the separators: vi-VN is "." for thousands and "," for decimals whatever the JDK's locale data.
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        }
    }

    public static Formats vietnamese() {
        return new Formats(Language.VI);
    }

    public String count(long value) {
        return new DecimalFormat("#,##0", symbols).format(value);
    }

    /** "46,09%": always two decimals, as the reports print percentages. */
    public String percent(BigDecimal value) {
        return decimal(value) + "%";
    }

    /** "16,10": a figure with two decimals, such as a score. */
    public String decimal(BigDecimal value) {
        return new DecimalFormat("#,##0.00", symbols).format(value);
    }

    /** "80", "2,5", "1.384": a figure with only the decimals it needs, as documents write targets. */
    public String compact(BigDecimal value) {
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }

    /** ',' in Vietnamese, '.' in English: how this language writes the decimals. */
    public char decimalSeparator() {
        return symbols.getDecimalSeparator();
    }

    /** "1.384/3.003". */
    public String ratio(long part, long whole) {
        return count(part) + "/" + count(whole);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "23/11/2026 08:15": when a file was made. */
    public String dateTime(java.time.LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /**
     * The number a person typed in this language's way: vi-VN "1.384" or "41,2", English "1,384" or "41.2";
     * empty when it is not a number. In Vietnamese a lone "41.2" reads as a decimal, since no thousands
     * group has one digit after the dot.
     */
    public Optional<BigDecimal> parseNumber(String typed) {
        String text = typed == null ? "" : typed.strip().replace(" ", "").replace("\u00a0", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        char grouping = symbols.getGroupingSeparator();
        char decimal = symbols.getDecimalSeparator();
        String groups = "\\d{1,3}(\\" + grouping + "\\d{3})+";
        String plain;
        if (text.indexOf(decimal) >= 0 || text.matches(groups)) {
            plain = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else {
            plain = text.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The date a person typed, or empty when it is not a real date in an accepted form (see {@link DayFormat}). */
    public static Optional<LocalDate> parseDate(String typed) {
        return DayFormat.parse(typed);
    }
}
