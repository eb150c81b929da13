package vn.cchc.dashboard.domain.statistics;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure as units write it: vi-VN "1.384" and "67,32", or plain "1384" and "67.32" (what a spreadsheet cell holding
 * a number reads as). A dot followed by groups of three digits is a thousands separator, as in every Vietnamese report;
 * a lone dot with one or two digits after it is a decimal point. Empty when the text is not a number.
 */
public final class StatisticNumber {

    private StatisticNumber() {
    }

    public static Optional<BigDecimal> parse(String typed) {
        String text = typed == null ? "" : typed.strip().replace(" ", "").replace("\u00a0", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String plain;
        if (text.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            plain = text.replace(".", "").replace(',', '.');
        } else if (text.matches("-?\\d+,\\d+")) {
            plain = text.replace(',', '.');
        } else if (text.matches("-?\\d+(\\.\\d+)?")) {
            plain = text;
        } else {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain).stripTrailingZeros());
    }
}
