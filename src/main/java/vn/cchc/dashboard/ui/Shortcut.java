package vn.cchc.dashboard.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the application in one place: the menus, tooltips and the help page's list
 * all read them from here, so what is shown is what works. Ctrl stands for Cmd on macOS.
 */
public enum Shortcut {
    SCREEN_OVERVIEW(ctrl(KeyCode.DIGIT1)),
    SCREEN_TASKS(ctrl(KeyCode.DIGIT2)),
    SCREEN_UNITS(ctrl(KeyCode.DIGIT3)),
    SCREEN_INDICATORS(ctrl(KeyCode.DIGIT4)),
    SCREEN_REPORTS(ctrl(KeyCode.DIGIT5)),
    SCREEN_AUDIT(ctrl(KeyCode.DIGIT6)),
    SCREEN_SETTINGS(ctrl(KeyCode.DIGIT7)),
    /** The current screen's search field. */
    SEARCH(ctrl(KeyCode.F)),
    /** The current screen's "add" (a task, a unit, a figure). */
    NEW(ctrl(KeyCode.N)),
    /** The current screen's export (the change log, the lagging list, the report). */
    EXPORT(ctrl(KeyCode.E)),
    /** Reads the plans and recomputes the overview again. */
    REFRESH(ctrl(KeyCode.R)),
    /** The as-of date back to today. */
    TODAY(ctrl(KeyCode.T)),
    IMPORT_PLAN(ctrl(KeyCode.I)),
    PRESENTATION(new KeyCodeCombination(KeyCode.F11)),
    HELP(new KeyCodeCombination(KeyCode.F1)),
    QUIT(ctrl(KeyCode.Q)),
    /** Handled by the task list itself. */
    UNDO(ctrl(KeyCode.Z)),
    /** Handled by the task list itself; Ctrl+Shift+Z as well. */
    REDO(ctrl(KeyCode.Y)),
    /** Enter on the selected tasks records their progress; handled by the task list. */
    RECORD_PROGRESS(new KeyCodeCombination(KeyCode.ENTER));

    private final KeyCombination keys;

    Shortcut(KeyCombination keys) {
        this.keys = keys;
    }

    public KeyCombination keys() {
        return keys;
    }

    /** "Ctrl+F", as this platform writes it. */
    public String keyText() {
        return keys.getDisplayText();
    }

    /** The bundle key of what the shortcut does ("shortcut.search"). */
    public String descriptionKey() {
        return "shortcut." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The shortcut that opens the {@code n}-th screen of the navigation (0-based). */
    public static Shortcut screen(ScreenId screen) {
        return values()[SCREEN_OVERVIEW.ordinal() + screen.ordinal()];
    }

    private static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
