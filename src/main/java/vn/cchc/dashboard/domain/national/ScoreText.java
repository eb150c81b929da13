package vn.cchc.dashboard.domain.national;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A percentage as files write it: "86,98", "86.98", "86,98%", "86.98 %" or, from a cell formatted as a fraction,
 * "0.8698". Whether a bare figure up to 1 is a fraction is decided for a whole column ({@link ResultSheetReader}),
 * since a single "0,9" could be either.
 */
final class ScoreText {

    /** What a cell holds: its number as written, and whether it carried a percent sign. */
    record Figure(BigDecimal value, boolean percentSign) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private ScoreText() {
    }

    /** The figure in {@code text}, or empty when it is no number (blank cells are handled by the caller). */
    static Optional<Figure> parse(String text) {
        String compact = text.replace(" ", "").replace("\u00a0", "");
        boolean percent = compact.endsWith("%");
        if (percent) {
            compact = compact.substring(0, compact.length() - 1);
        }
        int comma = compact.lastIndexOf(',');
        int dot = compact.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // Both: the last one is the decimal mark and the other groups thousands ("1.234,5" or "1,234.5").
            char grouping = comma > dot ? '.' : ',';
            compact = compact.replace(String.valueOf(grouping), "").replace(',', '.');
        } else {
            compact = compact.replace(',', '.');
        }
        if (!NUMBER.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Figure(new BigDecimal(compact), percent));
    }
}
