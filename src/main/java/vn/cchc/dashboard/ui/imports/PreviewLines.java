package vn.cchc.dashboard.ui.imports;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.PlanImport;
import vn.cchc.dashboard.domain.imports.DataDateChoice;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.i18n.DeadlineWording;
import vn.cchc.dashboard.i18n.ImportWording;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The import wizard's preview, in words: what a check of the file found – the summary, the tasks with their deadlines
 * as read, the tasks by area, the problems – and whether the import can go ahead, or why not. A preview also asks
 * the deadline questions and fills the data date, which it hands to those parts.
 */
final class PreviewLines {

    private final Messages messages;
    private final DeadlineQuestions deadlines;
    private final DataDateField dataDate;
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty byArea = new SimpleStringProperty(this, "byArea", "");
    private final ObservableList<TaskLine> tasks = FXCollections.observableArrayList();
    private final ObservableList<ProblemLine> problems = FXCollections.observableArrayList();
    private final BooleanProperty importable = new SimpleBooleanProperty(this, "importable");
    private List<ImportProblem> lastProblems = List.of();

    PreviewLines(Messages messages, DeadlineQuestions deadlines, DataDateField dataDate) {
        this.messages = messages;
        this.deadlines = deadlines;
        this.dataDate = dataDate;
    }

    /** Shows a preview; the summary only with {@code planTitle} (an import refused keeps the summary of its check). */
    void show(ImportPreview preview, String planTitle) {
        long errors = preview.errors();
        if (planTitle != null) {
            summary.set(messages.format("import.preview.summary", planTitle, messages.formats().count(preview.tasks().size()),
                    messages.formats().count(preview.progress()), messages.formats().count(preview.newUnits().size()),
                    messages.formats().count(errors), messages.formats().count(preview.problems().size() - errors)));
        }
        tasks.setAll(preview.tasks().stream().map(t -> new TaskLine(t.row().code(), t.row().title(), t.lead().name(),
                t.row().deadlineWritten(), t.row().due() == null ? "" : DeadlineWording.meaning(t.row().due(), messages)))
                .toList());
        deadlines.show(preview);
        lastProblems = preview.problems();
        dataDate.show(preview.dataDate());
        problems.setAll(preview.problems().stream().map(p -> new ProblemLine(ImportWording.place(p, messages), p.value(),
                ImportWording.message(p, messages), p.isError())).toList());
        importable.set(preview.importable());
    }

    /** Nothing shown can be imported (any more): the import is done, or the file could not be read. */
    void blockImport() {
        importable.set(false);
    }

    /** "Cải cách thể chế 6 · Cải cách thủ tục hành chính 4", in the programme's order of areas. */
    void showAreas(PlanImport result) {
        List<String> parts = new ArrayList<>();
        result.preview().byArea().forEach((code, count) -> parts.add(result.areas().stream()
                .filter(a -> a.code().equals(code)).findFirst().map(a -> a.name(messages.language() == Language.EN)).orElse(code)
                + " " + messages.formats().count(count)));
        byArea.set(parts.isEmpty() ? "" : messages.format("import.preview.byArea", String.join(" · ", parts)));
    }

    /**
     * Why the import cannot go ahead: deadlines still waiting for a meaning, or a refused or missing data date, each in
     * its own sentence since each is put right in this window rather than in the file; else the general request to
     * correct the file.
     */
    String blockedMessage(ImportPreview preview) {
        if (deadlines.unanswered() > 0) {
            return messages.format("import.deadlines.waiting", messages.formats().count(deadlines.unanswered()));
        }
        return preview.problems().stream()
                .filter(DataDateChoice::refusesDataDate)
                .findFirst().map(p -> ImportWording.message(p, messages))
                .orElseGet(() -> messages.get("import.commit.blocked"));
    }

    /** Forgets the preview: another file is being read. */
    void clear() {
        lastProblems = List.of();
        tasks.clear();
        problems.clear();
        summary.set("");
        byArea.set("");
        importable.set(false);
    }

    /** The problems of the last preview shown, for whoever corrects the file. */
    List<ImportProblem> lastProblems() {
        return lastProblems;
    }

    ReadOnlyBooleanProperty importable() {
        return importable;
    }

    ReadOnlyStringProperty summary() {
        return summary;
    }

    ReadOnlyStringProperty byArea() {
        return byArea;
    }

    ObservableList<TaskLine> tasks() {
        return tasks;
    }

    ObservableList<ProblemLine> problems() {
        return problems;
    }
}
