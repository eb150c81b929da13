package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * An .xlsx workbook read with POI's streaming (SAX) reader: one row in memory at a time, so a sheet of 100.000 rows
 * takes no more memory than one of 100. Formulas give their computed values, and the columns holding formulas are
 * marked; dates come as dd/MM/yyyy.
 */
final class XlsxTableFile implements TableFile {

    private final Path file;
    private final OPCPackage pkg;
    private final List<Sheet> sheets;
    /** Read-only parts every sheet shares; the shared strings of a 100.000-row workbook are most of its text. */
    private StylesTable styles;
    private ReadOnlySharedStringsTable strings;

    XlsxTableFile(Path file) {
        this.file = file;
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw ReadFailures.translate(e, file.toString());
        }
        try {
            this.sheets = readSheetList();
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<Sheet> sheets() {
        return sheets;
    }

    @Override
    public void read(String sheet, Predicate<SourceRow> sink) {
        try {
            XSSFReader reader = new XSSFReader(pkg);
            if (strings == null) {
                // Once per file, not once per read: finding the table reads each sheet's first rows, then the table's.
                styles = reader.getStylesTable();
                strings = new ReadOnlySharedStringsTable(pkg, false);
            }
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream data = it.next()) {
                    if (it.getSheetName().equals(sheet)) {
                        parse(data, new RowCollector(sink), styles, strings);
                        return;
                    }
                }
            }
        } catch (StopReading enough) {
            // the sink has what it wanted
        } catch (Exception | LinkageError e) {
            throw ReadFailures.translate(e, file.toString());
        }
    }

    private static void parse(InputStream data, RowCollector rows, StylesTable styles, ReadOnlySharedStringsTable strings)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new FormulaAwareHandler(styles, strings, rows));
        parser.parse(new InputSource(data));
    }

    /** Sheet names and their visibility, from workbook.xml (the streaming reader does not tell visibility). */
    private List<Sheet> readSheetList() {
        List<Sheet> list = new ArrayList<>();
        try (InputStream workbook = new XSSFReader(pkg).getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("sheet".equals(localName)) {
                        String state = attributes.getValue("state");
                        list.add(new Sheet(attributes.getValue("name"), state != null && !state.equals("visible")));
                    }
                }
            });
            parser.parse(new InputSource(workbook));
            return List.copyOf(list);
        } catch (Exception | LinkageError e) {
            throw ReadFailures.translate(e, file.toString());
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /**
     * The column of a cell reference as a sheet writes it ("AB12" → 27), read directly: POI's CellReference, which
     * also reads sheet names and $ signs, was a tenth of reading a large sheet, asked twice for every cell. Anything
     * but capital letters followed by a digit goes to CellReference.
     */
    static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z' && i < 4; i++) {
            column = column * 26 + reference.charAt(i) - 'A' + 1;
        }
        if (i == 0 || i == reference.length() || reference.charAt(i) < '0' || reference.charAt(i) > '9') {
            return new CellReference(reference).getCol();
        }
        return column - 1;
    }

    /** Thrown through the SAX parser when the sink wants no more rows. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Collects one row's cells by column, and hands the row on at its end. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Predicate<SourceRow> sink;
        private final List<String> cells = new ArrayList<>();
        private final Set<Integer> formulas = new HashSet<>();

        RowCollector(Predicate<SourceRow> sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            formulas.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!sink.test(new SourceRow(rowNum + 1, cells, formulas))) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            int column = columnOf(reference);
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value == null ? "" : value);
        }

        void formulaIn(int column) {
            formulas.add(column);
        }
    }

    /** POI's sheet handler, also noting which cells hold a formula ({@code <f>} inside {@code <c>}). */
    private static final class FormulaAwareHandler extends XSSFSheetXMLHandler {
        private final RowCollector rows;
        private int column = -1;

        FormulaAwareHandler(StylesTable styles, ReadOnlySharedStringsTable strings, RowCollector rows) {
            super(styles, strings, rows, new DayFormatter(), false);
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("c".equals(localName)) {
                String reference = attributes.getValue("r");
                column = reference == null ? -1 : columnOf(reference);
            } else if ("f".equals(localName) && column >= 0) {
                rows.formulaIn(column);
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }
}
