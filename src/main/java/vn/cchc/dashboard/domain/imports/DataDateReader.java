package vn.cchc.dashboard.domain.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Text;

/**
 * Reads a tracking workbook's data date from the title rows above its table, as offices write it: "Số liệu tính đến
 * ngày 21/6/2023", "(Tính đến 17h00 ngày 21/6/2023)", "Tính đến hết ngày 21 tháng 6 năm 2023", "Cập nhật đến ngày
 * 30/11/2023", "Số liệu tính từ ngày 15/12/2022 đến ngày 14/6/2023", "Ngày chốt số liệu: 21/6/2023", "… đến hết tháng
 * 5/2023" (the month's last day). Accents and Unicode forms do not matter. A date needs its anchor ("tính đến",
 * "cập nhật đến", "chốt số liệu"…): the other dates of a title – the plan's number and date, the place and date of
 * the document, the period of the plan – are not the day its figures stand on.
 */
public final class DataDateReader {

    /** The words that say "the figures stand on", up to the word before the day. */
    private static final String ANCHOR = "(?:\\btinh(?:\\s+tu\\b.{0,30}?)?\\s+den"
            + "|\\b(?:cap nhat|tong hop|so lieu)\\b.{0,30}?\\bden"
            + "|\\bchot(?:\\s+so lieu)?(?:\\s+bao cao)?(?:\\s*:)?(?:\\s+den)?)";
    /** "hết", "ngày", "thời điểm", "hiện tại (" … between the anchor and the day. */
    private static final String FILLER = "\\s*(?:het\\s+)?(?:(?:ngay|thoi diem|thoi gian|luc|hien tai|hien nay)\\b\\s*[:(]?\\s*)*";
    /** An hour some offices add: "17h00 ngày", "17 giờ 00 phút, ngày". */
    private static final String HOUR = "(?:\\d{1,2}\\s*(?:h|gio)\\s*(?:\\d{2}\\s*(?:phut\\s*)?)?,?\\s*(?:ngay\\s+)?)?";
    private static final String DAY = "(?:(?<d>\\d{1,2})\\s*[/.\\-]\\s*(?<m>\\d{1,2})\\s*[/.\\-]\\s*(?<y>\\d{4})"
            + "|(?<wd>\\d{1,2})\\s+thang\\s+(?<wm>\\d{1,2})\\s*(?:nam\\s+|[/.\\-]\\s*)(?<wy>\\d{4})"
            + "|thang\\s+(?<mm>\\d{1,2})\\s*(?:nam\\s+|[/.\\-]\\s*)(?<my>\\d{4}))(?!\\d)";
    private static final Pattern DATA_DATE = Pattern.compile(ANCHOR + FILLER + HOUR + DAY);

    private DataDateReader() {
    }

    /** The first data date the title rows name, or empty when none does. */
    public static Optional<DataDateLine> find(List<SourceRow> titleRows) {
        for (SourceRow row : titleRows) {
            for (String cell : row.cells()) {
                Optional<DataDateLine> line = read(row.number(), cell);
                if (line.isPresent()) {
                    return line;
                }
            }
        }
        return Optional.empty();
    }

    /** The data date {@code text} names, or empty when it names none; a day that does not exist keeps its text. */
    public static Optional<DataDateLine> read(int row, String text) {
        Matcher m = DATA_DATE.matcher(Text.fold(text));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new DataDateLine(row, Text.clean(text), day(m)));
    }

    private static LocalDate day(Matcher m) {
        try {
            if (m.group("y") != null) {
                return LocalDate.of(number(m, "y"), number(m, "m"), number(m, "d"));
            }
            if (m.group("wy") != null) {
                return LocalDate.of(number(m, "wy"), number(m, "wm"), number(m, "wd"));
            }
            return YearMonth.of(number(m, "my"), number(m, "mm")).atEndOfMonth();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
