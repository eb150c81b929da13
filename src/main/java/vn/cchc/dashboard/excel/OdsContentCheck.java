package vn.cchc.dashboard.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming look at an .ods file before SODS reads it whole. SODS keeps every cell in memory and slows down badly on
 * large blocks of repeated cells (a 600-byte file of 9.000 formatted rows × 1.024 columns did not load in two minutes),
 * so the file is measured first: its XML may not unpack to more than {@link #MAX_XML_BYTES}, nor more than 100 times
 * its packed size (POI's zip-bomb rule), nor hold more than {@link #MAX_CELLS} cells counting repetitions; and no XML
 * part may declare a DTD (LibreOffice never writes one; SODS's parser would resolve external entities). On the way it
 * learns which sheets are hidden, which SODS only tells when it also loads every style.
 */
final class OdsContentCheck {

    /** About 20 times a 100.000-row plan's content.xml would need; SODS holds roughly its size again in memory. */
    static final long MAX_XML_BYTES = 200L * 1024 * 1024;
    /** 120.000 rows of 10 columns: above the plan reader's row cap, so the cap still speaks first for real plans. */
    static final long MAX_CELLS = 1_200_000;
    /** SODS skips a repetition larger than this as corrupt (LibreOffice's trailing "rest of the sheet" rows). */
    private static final int SODS_SKIPS_ABOVE = 10_000;
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private final Path file;
    private final Set<String> hiddenStyles = new HashSet<>();
    private final Set<String> hiddenSheets = new HashSet<>();
    private long unpacked;
    private long cells;

    private OdsContentCheck(Path file) {
        this.file = file;
    }

    /**
     * @return the names of the sheets the workbook hides
     * @throws ImportFileException TOO_BIG, ZIP_BOMB or CORRUPT
     */
    static Set<String> hiddenSheets(Path file) {
        OdsContentCheck check = new OdsContentCheck(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xml")) {
                    check.scan(zip, entry);
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw ReadFailures.translate(e, file.toString());
        }
        return Set.copyOf(check.hiddenSheets);
    }

    private void scan(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        long before = unpacked;
        try (InputStream in = new Counted(zip.getInputStream(entry), entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                boolean content = entry.getName().equals("content.xml");
                String hiddenStyle = null;
                long rowCells = 0;
                int rowRepeat = 1;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new ImportFileException(ImportFileException.Reason.CORRUPT, file + ": DTD in " + entry.getName());
                    }
                    if (!content) {
                        continue;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("style") && STYLE.equals(xml.getNamespaceURI())) {
                            hiddenStyle = xml.getAttributeValue(STYLE, "name");
                        } else if (name.equals("table-properties") && hiddenStyle != null
                                && "false".equals(xml.getAttributeValue(TABLE, "display"))) {
                            hiddenStyles.add(hiddenStyle);
                        } else if (name.equals("table") && TABLE.equals(xml.getNamespaceURI())) {
                            if (hiddenStyles.contains(xml.getAttributeValue(TABLE, "style-name"))) {
                                hiddenSheets.add(xml.getAttributeValue(TABLE, "name"));
                            }
                        } else if (name.equals("table-row")) {
                            rowRepeat = repeat(xml.getAttributeValue(TABLE, "number-rows-repeated"));
                            rowCells = 0;
                        } else if (name.equals("table-cell") || name.equals("covered-table-cell")) {
                            rowCells += repeat(xml.getAttributeValue(TABLE, "number-columns-repeated"));
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("table-row")) {
                        cells += rowCells * rowRepeat;
                        if (cells > MAX_CELLS) {
                            throw new ImportFileException(ImportFileException.Reason.TOO_BIG, file + ": over " + MAX_CELLS + " cells");
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        if (unpacked - before > 10L * 1024 * 1024 && entry.getCompressedSize() > 0
                && unpacked - before > 100 * entry.getCompressedSize()) {
            throw new ImportFileException(ImportFileException.Reason.ZIP_BOMB, file + ": " + entry.getName());
        }
    }

    /** A repetition count, 0 when SODS will skip it, 1 when absent or unreadable (SODS reads it as 1 too). */
    private static int repeat(String count) {
        if (count == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(count.strip());
            return n > SODS_SKIPS_ABOVE ? 0 : Math.max(1, n);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Counts the bytes unpacked from every part, and stops at the limit before memory or time runs out. */
    private final class Counted extends FilterInputStream {
        private final ZipEntry entry;

        Counted(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            unpacked += n;
            if (unpacked > MAX_XML_BYTES) {
                boolean bomb = entry.getCompressedSize() > 0 && unpacked > 100 * entry.getCompressedSize();
                throw new ImportFileException(bomb ? ImportFileException.Reason.ZIP_BOMB
                        : ImportFileException.Reason.TOO_BIG, file + ": " + entry.getName());
            }
        }
    }
}
