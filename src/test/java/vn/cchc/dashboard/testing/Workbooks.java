package vn.cchc.dashboard.testing;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens a real workbook, changes or reads one sheet as a person in Excel would, and saves it back. */
public final class Workbooks {

    public interface SheetEdit {
        void apply(XSSFSheet sheet) throws Exception;
    }

    public interface SheetRead<T> {
        T apply(XSSFSheet sheet) throws Exception;
    }

    private Workbooks() {
    }

    public static void edit(Path file, String sheet, SheetEdit edit) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        edit.apply(workbook.getSheet(sheet));
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    public static <T> T read(Path file, String sheet, SheetRead<T> read) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return read.apply(workbook.getSheet(sheet));
        }
    }
}
