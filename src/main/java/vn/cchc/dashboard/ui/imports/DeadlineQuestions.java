package vn.cchc.dashboard.ui.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.imports.DeadlineAnswer;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.i18n.DeadlineWording;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The import wizard's deadline questions: each deadline text the reader could not understand, once, with how many
 * cells write it, and the meaning the user gives it – a date, "Thường xuyên", "Không có thời hạn cố định" or any
 * wording the app reads. A meaning given applies to every cell written so, and checks the file again.
 */
public final class DeadlineQuestions {

    /** A deadline text of the file, its cells, the meaning the user gives and what the app reads that as. */
    public static final class Line {
        private final String written;
        private final String cells;
        private boolean unread;
        private final StringProperty read = new SimpleStringProperty(this, "read");
        private final StringProperty meaning = new SimpleStringProperty(this, "meaning");

        Line(String written, String cells, String meaning, String read) {
            this.written = written;
            this.cells = cells;
            this.read.set(read);
            this.meaning.set(meaning);
        }

        public String written() {
            return written;
        }

        public String cells() {
            return cells;
        }

        /** What the app understands the text to mean now, in words; "chưa rõ" until the user says. */
        public String read() {
            return read.get();
        }

        public ReadOnlyStringProperty readProperty() {
            return read;
        }

        /** The meaning as the user typed or chose it; empty while unanswered. */
        public StringProperty meaning() {
            return meaning;
        }
    }

    private final Messages messages;
    private final Runnable checkAgain;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final Map<String, DeadlineAnswer> answers = new LinkedHashMap<>();
    private boolean filling;

    DeadlineQuestions(Messages messages, Runnable checkAgain) {
        this.messages = messages;
        this.checkAgain = checkAgain;
    }

    /** The questions a preview leaves, with the answers given so far; the suggestions in the plan's year. */
    void show(ImportPreview preview) {
        String year = String.valueOf(preview.planYear());
        suggestions.setAll("31/12/" + year, "30/6/" + year, messages.get("import.deadlines.recurring"),
                messages.get("import.deadlines.none"));
        filling = true;
        List<String> written = preview.deadlines().stream().map(ImportPreview.DeadlineWording::written).toList();
        if (written.equals(lines.stream().map(Line::written).toList())) {
            // The same questions answered anew: the rows stay, so the one being answered keeps its place and focus.
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).read.set(read(preview.deadlines().get(i)));
                lines.get(i).unread = preview.deadlines().get(i).meaning() == null;
            }
        } else {
            lines.setAll(preview.deadlines().stream().map(d -> {
                DeadlineAnswer answer = answers.get(Text.fold(d.written()));
                Line line = new Line(d.written(), messages.formats().count(d.cells()),
                        answer == null ? "" : answer.meaning(), read(d));
                line.unread = d.meaning() == null;
                line.meaning().addListener((obs, old, now) -> answer(line.written(), now));
                return line;
            }).toList());
        }
        filling = false;
    }

    private String read(ImportPreview.DeadlineWording wording) {
        return wording.meaning() == null ? messages.get("import.deadlines.unread")
                : DeadlineWording.meaning(wording.meaning(), messages);
    }

    /** Forgets the questions and every answer: another file is being read. */
    void clear() {
        answers.clear();
        lines.clear();
    }

    List<DeadlineAnswer> answers() {
        return List.copyOf(answers.values());
    }

    /** How many texts still wait for a meaning. */
    long unanswered() {
        return lines.stream().filter(l -> l.unread).count();
    }

    private void answer(String written, String meaning) {
        if (filling) {
            return;
        }
        String key = Text.fold(written);
        if (meaning == null || meaning.isBlank()) {
            answers.remove(key);
        } else {
            answers.put(key, new DeadlineAnswer(written, meaning));
        }
        checkAgain.run();
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** Meanings to pick from: year end, mid-year, recurring, no fixed deadline; any other may be typed. */
    public ObservableList<String> suggestions() {
        return suggestions;
    }
}
