package vn.cchc.dashboard.ui.imports;

/** A problem of the import wizard's preview, placed and worded; an error (not a warning) keeps the import closed. */
public record ProblemLine(String place, String value, String message, boolean error) {
}
