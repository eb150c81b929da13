package vn.cchc.dashboard.domain;

import java.util.Comparator;

/**
 * Task numbers as plans print them: a Roman section per reform area and numbers inside it ("II.3", "III.1.2").
 * They sort by their numbers, so "II.10" comes after "II.9".
 */
public final class TaskCodes {

    private static final String[] ONES = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    private static final String[] TENS = {"", "X", "X".repeat(2), "X".repeat(3), "XL", "L"};

    /** Plan order: the Roman section first, then each number. */
    public static final Comparator<String> ORDER = TaskCodes::compare;

    private TaskCodes() {
    }

    /** 1 → "I", 14 → "XIV" (sections of a plan stay well under 60). */
    public static String roman(int number) {
        if (number < 1 || number >= 60) {
            throw new IllegalArgumentException("section number out of range: " + number);
        }
        return TENS[number / 10] + ONES[number % 10];
    }

    /** "IV" → 4, "xii" → 12; 0 for anything that is not a Roman numeral. */
    public static int fromRoman(String text) {
        int total = 0;
        int previous = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int value = switch (Character.toUpperCase(text.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> -1;
            };
            if (value < 0) {
                return 0;
            }
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = i == 0 && fromRoman(x[0]) > 0 && fromRoman(y[0]) > 0
                    ? Integer.compare(fromRoman(x[0]), fromRoman(y[0])) : compareNumbers(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareNumbers(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a.strip()), Integer.parseInt(b.strip()));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
