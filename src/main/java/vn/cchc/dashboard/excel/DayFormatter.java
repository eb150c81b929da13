package vn.cchc.dashboard.excel;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.cchc.dashboard.domain.DayFormat;

/**
 * Cell values as text the import reads: dates as dd/MM/yyyy whatever their Excel format (so that "Thời hạn" typed
 * as a date reads like one typed as text), numbers and percentages as Excel shows them.
 */
final class DayFormatter extends DataFormatter {

    DayFormatter() {
        super(Locale.ROOT);
        setUseCachedValuesForFormulaCells(true);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return day(value, use1904Windowing);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    static String day(double value, boolean use1904Windowing) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate()
                .format(DayFormat.DAY);
    }
}
