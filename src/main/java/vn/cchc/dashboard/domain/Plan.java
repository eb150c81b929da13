package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An annual reform plan ("Kế hoạch CCHC năm 2026"), as issued in a document such as
 * "Kế hoạch số 138/KH-UBND ngày 19/12/2025".
 *
 * @param sample true for the generated "Dữ liệu mẫu" plans, so that they are always labelled as such
 */
public record Plan(long id, int year, String title, String documentNumber, LocalDate documentDate,
                   PlanScope scope, String programmeCode, boolean archived, boolean sample) {

    /** The label the generated sample plans carry in their titles, so that nobody takes them for real ones. */
    public static final String SAMPLE_LABEL = "(Dữ liệu mẫu)";

    public Plan {
        title = Text.requireNonBlank(title, "title");
        Objects.requireNonNull(scope, "scope");
        Text.requireNonBlank(programmeCode, "programmeCode");
        documentNumber = Text.blankToNull(documentNumber);
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("plan year out of range: " + year);
        }
    }

    /** The title as a document names the plan: without the sample label, which is for the screens. */
    public String titleWithoutSampleLabel() {
        return sample ? title.replace(SAMPLE_LABEL, "").strip() : title;
    }
}
