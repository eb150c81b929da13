package vn.cchc.dashboard.ui.unitindex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.unitindex.UnitIndexForms;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * Phiếu tự đánh giá: the shown edition's self-assessment forms — made for every unit into a folder, the returned ones
 * recorded (each file whole or refused in one sentence), and who has and has not returned theirs. Off the FX thread.
 */
public final class FormsViewModel {

    /** One unit and where its form stands, in the reader's words. */
    public record ReturnRow(String unit, String state, boolean returned) {
    }

    private final UnitIndexForms forms;
    private final Background background;
    private final Messages messages;
    private final ReadOnlyObjectProperty<UnitIndexViewModel.Shown> shown;
    private final Runnable recorded;
    private final ObservableList<ReturnRow> returns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private long latestRequest;

    /** @param recorded told after forms are recorded, so the ranking and the appraisal are read again */
    public FormsViewModel(UnitIndexForms forms, Background background, Messages messages,
                          ReadOnlyObjectProperty<UnitIndexViewModel.Shown> shown, Runnable recorded) {
        this.forms = forms;
        this.background = background;
        this.messages = messages;
        this.shown = shown;
        this.recorded = recorded;
    }

    /** Reads who has returned a form of the shown edition. */
    public void follow(UnitIndexViewModel.Shown now) {
        long request = ++latestRequest;
        if (now == null) {
            returns.clear();
            header.set("");
            return;
        }
        int year = now.edition().year();
        background.run(() -> forms.returns(year, now.edition().group()), found -> {
            if (request != latestRequest) {
                return;
            }
            returns.setAll(found.stream().map(r -> new ReturnRow(r.unit().name(), r.returned()
                    ? messages.format("unitIndex.forms.returns.returned", String.join(", ", r.files()),
                    messages.formats().count(r.scored()), messages.formats().count(r.applicable()))
                    : messages.get("unitIndex.forms.returns.notYet"), r.returned())).toList());
            header.set(messages.format("unitIndex.forms.returns.header", String.valueOf(year), group(now),
                    messages.formats().count(found.stream().filter(UnitIndexForms.Return::returned).count()),
                    messages.formats().count(found.size())));
        }, this::failed);
    }

    /** Makes every unit's form of the shown edition in {@code folder}; all of them or none. */
    public void send(Path folder) {
        UnitIndexViewModel.Shown now = shown.get();
        if (now == null) {
            return;
        }
        feedback.set(messages.get("unitIndex.forms.view.sending"));
        background.run(() -> forms.send(now.edition().year(), now.edition().group(), folder, messages), sent ->
                feedback.set(messages.format("unitIndex.forms.sent", messages.formats().count(sent.size()),
                        String.valueOf(now.edition().year()), group(now), folder.toAbsolutePath())), this::failed);
    }

    /** Records the returned forms, each file whole or refused in one sentence; says what became of each. */
    public void receive(List<Path> files) {
        UnitIndexViewModel.Shown now = shown.get();
        if (now == null || files.isEmpty()) {
            return;
        }
        feedback.set(messages.get("unitIndex.forms.view.receiving"));
        background.run(() -> forms.record(now.edition().year(), now.edition().group(), files), taken -> {
            List<String> lines = new ArrayList<>();
            long refused = taken.stream().filter(t -> !t.accepted()).count();
            lines.add(messages.format("unitIndex.forms.summary", messages.formats().count(taken.size() - refused),
                    messages.formats().count(refused)));
            for (UnitIndexForms.Checked file : taken) {
                lines.add(file.accepted() ? messages.format("unitIndex.forms.recorded", file.file().getFileName(),
                        file.unit().name(), messages.formats().count(file.lines().size()),
                        messages.formats().count(file.applicable())) : file.refusal().localized(messages));
            }
            feedback.set(String.join("\n", lines));
            recorded.run();
        }, this::failed);
    }

    private String group(UnitIndexViewModel.Shown now) {
        return messages.get("unitIndex.group." + now.edition().group().name());
    }

    private void failed(Throwable e) {
        feedback.set(ErrorText.of(e, messages));
    }

    public ObservableList<ReturnRow> returns() {
        return returns;
    }

    public ReadOnlyStringProperty header() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }
}
