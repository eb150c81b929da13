package vn.cchc.dashboard.report;

import java.io.IOException;
import java.nio.file.Path;
import vn.cchc.dashboard.files.AtomicFile;
import vn.cchc.dashboard.work.Progress;

/** Writes a report in one of its formats, all or nothing: a failed write leaves no file behind. */
public final class ReportWriters {

    private ReportWriters() {
    }

    /**
     * @throws IOException when {@code file} cannot be written; any earlier file of that name is left as it was
     */
    public static void write(Report report, ReportFormat format, Path file) throws IOException {
        write(report, format, file, Progress.NONE);
    }

    /**
     * As {@link #write(Report, ReportFormat, Path)}, each part of the report a step of {@code progress}; a cancel
     * leaves no file (the new file is removed, an earlier one of that name kept as it was).
     */
    public static void write(Report report, ReportFormat format, Path file, Progress progress) throws IOException {
        AtomicFile.write(file, out -> {
            switch (format) {
                case DOCX -> DocxReportWriter.write(report, out, progress);
                case PDF -> PdfReportWriter.write(report, out, progress);
                case PPTX -> PptxDeckWriter.write(report, out, progress);
                default -> throw new IllegalArgumentException("format " + format);
            }
        });
    }
}
