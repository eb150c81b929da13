package vn.cchc.dashboard.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files a report is written as: the document offices edit, the same as PDF, and the briefing deck. */
public enum ReportFormat {
    DOCX, PDF, PPTX;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a user named ("docx", " PDF "), or empty. */
    public static Optional<ReportFormat> parse(String name) {
        String wanted = name == null ? "" : name.strip();
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
