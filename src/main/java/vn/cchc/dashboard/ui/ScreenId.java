package vn.cchc.dashboard.ui;

/** The screens of the main window, in navigation order; the key names their bundle entries. */
public enum ScreenId {
    OVERVIEW("overview"), TASKS("tasks"), UNITS("units"), INDICATORS("indicators"), REPORTS("reports"),
    AUDIT("audit"), SETTINGS("settings");

    private final String key;

    ScreenId(String key) {
        this.key = key;
    }

    public String titleKey() {
        return "nav." + key;
    }
}
