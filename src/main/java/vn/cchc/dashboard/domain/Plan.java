package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An annual reform plan ("Kế hoạch CCHC năm 2026"), as issued in a document such as
 * "Kế hoạch số 138/KH-UBND ngày 19/12/2025".
 *
 * @param kind   whose tasks it follows: a province's units, or (nationally) the provinces' or the ministries'
 * @param sample true for the generated "Dữ liệu mẫu" plans, so that they are always labelled as such
 */
public record Plan(long id, int year, String title, String documentNumber, LocalDate documentDate,
                   PlanKind kind, String programmeCode, boolean archived, boolean sample) {

    /** The label the generated sample plans carry in their titles, so that nobody takes them for real ones. */
    public static final String SAMPLE_LABEL = "(Dữ liệu mẫu)";

    public Plan {
        title = Text.requireNonBlank(title, "title");
        Objects.requireNonNull(kind, "kind");
        Text.requireNonBlank(programmeCode, "programmeCode");
        documentNumber = Text.blankToNull(documentNumber);
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("plan year out of range: " + year);
        }
    }

    /** A plan of {@code scope}'s usual kind: a province's own, or the national one of the provinces' tasks. */
    public Plan(long id, int year, String title, String documentNumber, LocalDate documentDate, PlanScope scope,
                String programmeCode, boolean archived, boolean sample) {
        this(id, year, title, documentNumber, documentDate, PlanKind.defaultFor(scope), programmeCode, archived, sample);
    }

    /** Whose plan it is, which follows from its kind. */
    public PlanScope scope() {
        return kind.scope();
    }

    /** The title as a document names the plan: without the sample label, which is for the screens. */
    public String titleWithoutSampleLabel() {
        return sample ? title.replace(SAMPLE_LABEL, "").strip() : title;
    }
}
