package vn.cchc.dashboard.excel;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cchc.dashboard.domain.DayFormat;

/**
 * An .ods cell's value as the text the .xlsx reader gives for the same cell: a date as dd/MM/yyyy, whatever Calc's
 * display format (a deadline typed as a date reads like one typed as text); a number without grouping, with a point,
 * as POI's formatter writes a General cell; a percentage as "85%". Calc's own display text is not used: it follows
 * the locale of the machine that saved the file ("1.234,5" on a Vietnamese one, "1,234.5" on another).
 */
final class OdsCellText {

    /** Excel and POI show at most 15 significant digits; 0.1 + 0.2 is 0.3 there. */
    private static final MathContext DIGITS = new MathContext(15);

    private OdsCellText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof LocalDate day) {
            return DayFormat.DAY.format(day);
        }
        if (value instanceof LocalDateTime time) {
            return DayFormat.DAY.format(time);
        }
        if (value instanceof Number number) {
            return number(number.doubleValue());
        }
        if (value instanceof OfficePercentage percentage) {
            return percentage.getValue() == null ? "" : number(percentage.getValue() * 100) + "%";
        }
        if (value instanceof OfficeCurrency currency) {
            return currency.getValue() == null ? "" : number(currency.getValue());
        }
        if (value instanceof Boolean flag) {
            return flag ? "TRUE" : "FALSE";
        }
        return value.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
