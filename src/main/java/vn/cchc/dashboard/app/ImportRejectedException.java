package vn.cchc.dashboard.app;

import vn.cchc.dashboard.domain.imports.ImportPreview;

/** An import refused because the file has errors, listed in the preview it carries. Nothing was written. */
public final class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super(preview.errors() + " errors");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
