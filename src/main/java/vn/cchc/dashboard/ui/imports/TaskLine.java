package vn.cchc.dashboard.ui.imports;

/** A task of the import wizard's preview, its deadline as written next to the date it was read as. */
public record TaskLine(String code, String title, String lead, String deadline, String due) {
}
