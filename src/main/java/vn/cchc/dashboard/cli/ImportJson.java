package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.i18n.ImportWording;
import vn.cchc.dashboard.i18n.Messages;

/** The {@code import-plan --json} object; its keys are a contract with scripts, so they are spelled out here. */
@JsonPropertyOrder({"tasks", "byArea", "units", "newUnits", "progress", "dataDate", "dataDateSource", "problems"})
record ImportJson(int tasks, Map<String, Integer> byArea, List<String> units, List<String> newUnits, int progress,
                  String dataDate, String dataDateSource, List<ProblemJson> problems) {

    @JsonPropertyOrder({"sheet", "row", "column", "value", "message"})
    record ProblemJson(String sheet, int row, String column, String value, String message) {
        static ProblemJson of(ImportProblem p, Messages messages) {
            return new ProblemJson(p.sheet(), p.row(), p.column(), p.value(), ImportWording.message(p, messages));
        }
    }

    static ImportJson of(ImportPreview preview, Messages messages) {
        return new ImportJson(preview.tasks().size(), preview.byArea(), List.copyOf(preview.byUnit().keySet()),
                preview.newUnits().stream().map(ImportPreview.NewUnit::name).toList(), preview.progress(),
                // ISO and a plain word: a script reads them without knowing the user's language.
                preview.dataDate() == null ? null : preview.dataDate().date().toString(),
                preview.dataDate() == null ? null : preview.dataDate().source().name().toLowerCase(java.util.Locale.ROOT),
                preview.problems().stream().map(p -> ProblemJson.of(p, messages)).toList());
    }
}
