package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.cchc.dashboard.excel.CsvTable;
import vn.cchc.dashboard.excel.XlsxTable;
import vn.cchc.dashboard.i18n.Messages;

/** A table written as .xlsx (formatted) or .csv (UTF-8 with a BOM), chosen by the file's extension; all or nothing. */
final class TableExport {

    private TableExport() {
    }

    /** "key:width" pairs, the headings in the user's language. */
    static List<XlsxTable.Column> columns(Messages messages, String... keysAndWidths) {
        return Arrays.stream(keysAndWidths).map(k -> k.split(":"))
                .map(k -> new XlsxTable.Column(messages.get(k[0]), Integer.parseInt(k[1]))).toList();
    }

    static void write(Path file, String sheet, List<XlsxTable.Column> columns, List<List<Object>> rows) {
        AppException.writing(file, () -> {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                CsvTable.write(file, columns, rows);
            } else {
                XlsxTable.write(file, sheet, columns, rows);
            }
        });
    }
}
