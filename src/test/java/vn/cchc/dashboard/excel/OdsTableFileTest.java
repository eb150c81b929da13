package vn.cchc.dashboard.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.imports.SourceRow;
import vn.cchc.dashboard.excel.fixtures.OdsAppendix;

/** A LibreOffice .ods reads as the same rows as the .xlsx of the same appendix, and a bad one is refused for its reason. */
class OdsTableFileTest {

    static final Path XLSX = Path.of("src/test/resources/import/ke-hoach-2023.xlsx");

    @TempDir
    Path folder;

    static List<String> rows(Path file, String sheet) throws Exception {
        List<String> rows = new ArrayList<>();
        try (TableFile table = TableFiles.open(file)) {
            table.read(sheet, row -> rows.add(row.number() + " " + trimmed(row) + " " + new java.util.TreeSet<>(row.formulaColumns())));
        }
        return rows;
    }

    static List<String> trimmed(SourceRow row) {
        List<String> cells = new ArrayList<>(row.cells());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    @Test
    void anOdsAppendixGivesTheSameRowsAsTheXlsxOfTheSameAppendix() throws Exception {
        Path ods = OdsAppendix.write(folder.resolve("ke-hoach-2023.ods"));
        List<String> fromOds = rows(ods, "Phụ lục");
        assertThat(fromOds).isEqualTo(rows(XLSX, "Phụ lục"));
        // Merged header cells: the text in the first cell, blanks under and beside it; the date as dd/MM/yyyy.
        assertThat(fromOds).contains("6 [STT, Nội dung nhiệm vụ, Cơ quan thực hiện, , Sản phẩm, Thời gian\nhoàn thành] []",
                "7 [, , Chủ trì, Phối hợp] []");
        assertThat(fromOds).anyMatch(r -> r.endsWith(", Quyết định công bố, 30/06/2023] []"));
    }

    @Test
    void everySheetIsListedWithWhetherCalcHidesIt() throws Exception {
        Path ods = OdsAppendix.write(folder.resolve("ke-hoach-2023.ods"));
        try (TableFile table = TableFiles.open(ods)) {
            assertThat(table.sheets()).containsExactly(new TableFile.Sheet("Phụ lục", false),
                    new TableFile.Sheet("Bản cũ", true), new TableFile.Sheet("Tính toán", false));
        }
    }

    @Test
    void formulasGiveTheirValuesAndNumbersDoNotDependOnTheLocaleThatSavedThem() throws Exception {
        Path ods = OdsAppendix.write(folder.resolve("ke-hoach-2023.ods"));
        assertThat(rows(ods, "Tính toán")).containsExactly("1 [2, 4, 85%, 1234.5, Quý II] [1, 4]");
    }

    @Test
    void aZeroByteOdsIsEmptyAndAHalfCopiedOneIsDamaged() throws Exception {
        Path empty = Files.write(folder.resolve("rong.ods"), new byte[0]);
        assertThatThrownBy(() -> TableFiles.open(empty)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.reason()).isEqualTo(ImportFileException.Reason.EMPTY));
        byte[] whole = Files.readAllBytes(OdsAppendix.write(folder.resolve("ke-hoach-2023.ods")));
        Path half = Files.write(folder.resolve("hong.ods"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> TableFiles.open(half)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.reason()).isEqualTo(ImportFileException.Reason.CORRUPT));
    }

    @Test
    void aDtdInsideTheContentIsRefusedBeforeAnyParserResolvesIt() throws Exception {
        Path ods = OdsAppendix.save(folder.resolve("dtd.ods"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM"
                + " \"file:///etc/hostname\">]><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                + "<office:body>&e;</office:body></office:document-content>");
        assertThatThrownBy(() -> TableFiles.open(ods)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.reason()).isEqualTo(ImportFileException.Reason.CORRUPT));
    }

    @Test
    void aSmallFileOfMillionsOfRepeatedCellsIsTooBigAndRefusedAtOnce() throws Exception {
        // 5.000 formatted rows × 1.000 columns in a few hundred bytes: SODS alone would spend minutes on it.
        Path ods = OdsAppendix.save(folder.resolve("lon.ods"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"A\"><table:table-row table:number-rows-repeated=\"5000\">"
                + "<table:table-cell table:style-name=\"ce1\" table:number-columns-repeated=\"1000\"/></table:table-row>"
                + "</table:table></office:spreadsheet></office:body></office:document-content>");
        long start = System.nanoTime();
        assertThatThrownBy(() -> TableFiles.open(ods)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.reason()).isEqualTo(ImportFileException.Reason.TOO_BIG));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
}
