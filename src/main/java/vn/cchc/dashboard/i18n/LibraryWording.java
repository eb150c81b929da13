package vn.cchc.dashboard.i18n;

/** The indicator library's history in words: which field a change touched, as the form names it. */
public final class LibraryWording {

    private LibraryWording() {
    }

    /** "Tên chỉ số" for "name", "Chỉ tiêu năm 2026" for "target.2026", "Các mốc năm 2026" for "milestones.2026". */
    public static String field(String field, Messages messages) {
        int dot = field.indexOf('.');
        if (dot > 0) {
            return messages.format("library.field." + field.substring(0, dot), field.substring(dot + 1));
        }
        return messages.get("library.field." + field);
    }
}
