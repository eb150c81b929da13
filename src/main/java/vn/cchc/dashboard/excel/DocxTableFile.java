package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * The tables of a Word (.docx) plan, each read as a sheet named "Bảng 1", "Bảng 2" …: a cell spanning several grid
 * columns is followed by blank ones (so columns stay under their headings), a vertically merged cell is blank below
 * its first row, a cell's paragraphs are its lines. The paragraphs just above a table come first, as rows numbered
 * 0 and below, so that its title ("… NĂM 2024") is read like a spreadsheet's title rows.
 */
final class DocxTableFile implements TableFile {

    private static final int TITLE_PARAGRAPHS = 8;

    private final Path file;
    private final XWPFDocument document;

    DocxTableFile(Path file) {
        this.file = file;
        try {
            this.document = new XWPFDocument(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (Exception | LinkageError e) {
            throw ReadFailures.translate(e, file.toString());
        }
    }

    @Override
    public List<Sheet> sheets() {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 1; i <= document.getTables().size(); i++) {
            sheets.add(new Sheet(name(i), false));
        }
        return sheets;
    }

    private static String name(int table) {
        return "Bảng " + table;
    }

    @Override
    public void read(String sheet, Predicate<SourceRow> sink) {
        List<String> above = new ArrayList<>();
        int table = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                above.add(paragraph.getText());
            } else if (element instanceof XWPFTable t) {
                if (name(++table).equals(sheet)) {
                    read(t, above.subList(Math.max(0, above.size() - TITLE_PARAGRAPHS), above.size()), sink);
                    return;
                }
                above.clear();
            }
        }
    }

    private static void read(XWPFTable table, List<String> title, Predicate<SourceRow> sink) {
        int number = 1 - title.size();
        for (String line : title) {
            if (!sink.test(new SourceRow(number++, List.of(line)))) {
                return;
            }
        }
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                boolean continued = properties != null && properties.isSetVMerge()
                        && (properties.getVMerge().getVal() == null || !"restart".equals(properties.getVMerge().getVal().toString()));
                cells.add(continued ? "" : text(cell));
                int span = properties != null && properties.isSetGridSpan()
                        ? ((BigInteger) properties.getGridSpan().getVal()).intValue() : 1;
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
            }
            if (!sink.test(new SourceRow(number++, cells))) {
                return;
            }
        }
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            if (!paragraph.getText().isBlank()) {
                text.append(text.length() == 0 ? "" : "\n").append(paragraph.getText());
            }
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        document.getPackage().revert();
    }
}
