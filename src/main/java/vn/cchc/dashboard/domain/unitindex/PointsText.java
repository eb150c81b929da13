package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Text;

/**
 * Points as criteria sets write them: a number cell ("2.5"), or text typed the Vietnamese way ("2,5"), with a word
 * around it ("1,0 điểm", "0,5đ", "Tối đa 2 điểm"). Negative figures are read, for the reader to refuse by name.
 */
final class PointsText {

    private static final Pattern NUMBER = Pattern.compile("^(toi da )?([-−]?\\s*\\d+(?:[.,]\\d+)?)\\s*(diem|d)?$");
    /** "(10 điểm)" closing an area's title, when the points column of a merged row is left blank. */
    private static final Pattern IN_TITLE = Pattern.compile("^(.*\\S)\\s*\\(\\s*(\\d+(?:[.,]\\d+)?)\\s*điểm\\s*\\)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A title that ended with its points, and the two apart. */
    record TitlePoints(String title, BigDecimal points) {
    }

    private PointsText() {
    }

    /** The number {@code text} holds, or empty when it is no number; blank cells are the caller's to handle. */
    static Optional<BigDecimal> parse(String text) {
        Matcher m = NUMBER.matcher(Text.fold(text.replace('\n', ' ')).replace('\u00a0', ' '));
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(2).replace(" ", "").replace('−', '-').replace(',', '.');
        return Optional.of(tidy(new BigDecimal(number)));
    }

    /** "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC (10 điểm)" → the title and 10; empty without such an ending. */
    static Optional<TitlePoints> atEndOf(String title) {
        Matcher m = IN_TITLE.matcher(Text.clean(title));
        return m.matches()
                ? Optional.of(new TitlePoints(m.group(1), tidy(new BigDecimal(m.group(2).replace(',', '.')))))
                : Optional.empty();
    }

    /** 2.50 and 2.5 are one maximum: without trailing zeros, and never in exponent form (1E+1). */
    static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
