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

    public Plan {
        title = Text.requireNonBlank(title, "title");
        Objects.requireNonNull(scope, "scope");
        Text.requireNonBlank(programmeCode, "programmeCode");
        documentNumber = Text.blankToNull(documentNumber);
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("plan year out of range: " + year);
        }
    }
}
