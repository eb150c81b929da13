package vn.cchc.dashboard.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.SavedFilter;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/** The task list's saved filters: save the one in effect under a name, put one back with a click. */
public final class SavedFiltersViewModel {

    private final AppSettings settings;
    private final Background background;
    private final TasksViewModel list;
    private final Messages messages;
    private final ObservableList<SavedFilter> filters;
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");

    public SavedFiltersViewModel(AppSettings settings, Background background, TasksViewModel list, Messages messages) {
        this.settings = settings;
        this.background = background;
        this.list = list;
        this.messages = messages;
        this.filters = FXCollections.observableArrayList(settings.savedFilters());
    }

    /** Saves the filter in effect under {@code name}, replacing one of the same name; written off the FX thread. */
    public void saveCurrent(String name) {
        String clean = Text.blankToNull(name);
        if (clean == null) {
            return;
        }
        List<SavedFilter> updated = new ArrayList<>(filters.stream().filter(f -> !f.name().equals(clean)).toList());
        updated.add(list.current(clean));
        filters.setAll(updated);
        background.run(() -> {
            settings.setSavedFilters(updated);
            settings.save();
            return updated.size();
        }, saved -> feedback.set(messages.format("filter.saved", clean)), e -> feedback.set(ErrorText.of(e, messages)));
    }

    public void apply(SavedFilter filter) {
        list.apply(filter);
    }

    /** "Đã lưu bộ lọc …", or why it could not be saved. */
    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    public ObservableList<SavedFilter> filters() {
        return filters;
    }
}
