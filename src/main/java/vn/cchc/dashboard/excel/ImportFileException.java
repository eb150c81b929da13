package vn.cchc.dashboard.excel;

/** A file the import cannot read at all, and why; nothing was imported from it. */
public final class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Each reason has its own sentence for the user (import.file.REASON in the bundles). */
    public enum Reason {
        /** No file at that path: moved, renamed, or the path mistyped. */
        MISSING,
        /** The path names a folder, not a file. */
        FOLDER,
        /** The file is there but this user may not read it. */
        NO_PERMISSION,
        /** Text that no encoding the import knows (UTF-8, UTF-16, Windows-1258) decodes. */
        ENCODING,
        /** A spreadsheet too large to read into memory (an .ods, which is read whole). */
        TOO_BIG,
        /** Not a spreadsheet (Excel or LibreOffice), CSV or Word file (a PDF, a picture …), whatever its name says. */
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
