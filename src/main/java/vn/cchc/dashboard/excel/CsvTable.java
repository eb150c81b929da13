package vn.cchc.dashboard.excel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cchc.dashboard.domain.DayFormat;
import java.util.List;
import vn.cchc.dashboard.files.AtomicFile;

/**
 * Writes one table to a .csv file that Excel opens with every Vietnamese letter intact: UTF-8 with a byte-order mark
 * (without it Excel assumes the Windows code page), commas, CRLF, RFC 4180 quoting, dates dd/MM/yyyy. Text that a
 * spreadsheet would run as a formula (= + - @) starts with an apostrophe, as in {@link XlsxTable}. Written to a
 * temporary file moved into place: a failure leaves no partial file.
 */
public final class CsvTable {


    private CsvTable() {
    }

    /** @param rows each row's values: String, Number, LocalDate, LocalDateTime or null */
    public static void write(Path file, List<XlsxTable.Column> columns, List<List<Object>> rows) throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            out.write('\uFEFF');
            line(out, columns.stream().map(c -> (Object) c.heading()).toList());
            for (List<Object> row : rows) {
                line(out, row);
            }
            out.flush();
        });
    }

    private static void line(Writer out, List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        String text;
        if (value == null) {
            return "";
        } else if (value instanceof LocalDate day) {
            text = DayFormat.DAY.format(day);
        } else if (value instanceof LocalDateTime time) {
            text = DayFormat.DAY_TIME.format(time);
        } else if (value instanceof Number number) {
            text = number.toString();
        } else {
            text = XlsxTable.safeText(value.toString());
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
