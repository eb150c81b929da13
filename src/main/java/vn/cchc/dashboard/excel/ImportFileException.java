package vn.cchc.dashboard.excel;

/** A file the import cannot read at all, and why; nothing was imported from it. */
public final class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Each reason has its own sentence for the user (import.file.REASON in the bundles). */
    public enum Reason {
        /** Not a spreadsheet, CSV or Word file (a PDF, a picture …), whatever its name says. */
        WRONG_TYPE,
        /** An old Word .doc, which needs saving as .docx first. */
        OLD_WORD,
        ENCRYPTED,
        CORRUPT,
        /** A compressed file that would unpack to far more than any real spreadsheet. */
        ZIP_BOMB,
        EMPTY,
        /** Readable, but no sheet or table with a task column and a lead-unit or deadline column. */
        NO_TABLE,
        /** A workbook, but not a progress form this application made (its identity sheet is missing). */
        NOT_A_FORM
    }

    private final Reason reason;

    public ImportFileException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public ImportFileException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}
