package vn.cchc.dashboard.domain.imports;

import java.util.List;

/** A row of the file as it will become a task: its lead unit and cooperating units found or to be created. */
public record ImportedTask(ImportRow row, UnitRef lead, List<UnitRef> cooperating) {

    public ImportedTask {
        cooperating = List.copyOf(cooperating);
    }
}
