package vn.cchc.dashboard.report;

import java.io.IOException;
import java.nio.file.Path;
import vn.cchc.dashboard.files.AtomicFile;

/** Writes a report in one of its formats, all or nothing: a failed write leaves no file behind. */
public final class ReportWriters {

    private ReportWriters() {
    }

    /**
     * @throws IOException when {@code file} cannot be written; any earlier file of that name is left as it was
     */
    public static void write(Report report, ReportFormat format, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            switch (format) {
                case DOCX -> DocxReportWriter.write(report, out);
                case PDF -> PdfReportWriter.write(report, out);
                case PPTX -> PptxDeckWriter.write(report, out);
                default -> throw new IllegalArgumentException("format " + format);
            }
        });
    }
}
