package vn.cchc.dashboard.ui.statistics;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.statistics.StatisticsService;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticKind;
import vn.cchc.dashboard.domain.statistics.StatisticsTable;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * Số liệu thống kê → Bảng chỉ tiêu: the year's statistics table as the form lists it, and one item edited at a time
 * (a new one, or the one chosen). Saving and removing go through the same rules as the command line, off the FX
 * thread; a refusal is the service's one sentence and changes nothing.
 */
public final class StatisticsTableViewModel {

    private final StatisticsService service;
    private final Background background;
    private final Messages messages;
    private final int year;
    private final boolean editable;
    private final ObservableList<StatisticItem> items = FXCollections.observableArrayList();
    private final ObservableList<ReformArea> areas = FXCollections.observableArrayList();
    private final ObservableList<String> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<StatisticItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<ReformArea> area = new SimpleObjectProperty<>(this, "area");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty measure = new SimpleStringProperty(this, "measure", "");
    private final ObjectProperty<StatisticKind> kind = new SimpleObjectProperty<>(this, "kind", StatisticKind.COUNT);
    private final StringProperty pair = new SimpleStringProperty(this, "pair", "");
    private final StringProperty indicator = new SimpleStringProperty(this, "indicator", "");
    private final BooleanProperty required = new SimpleBooleanProperty(this, "required", false);
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(this, "adding", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    /** @param editable false for a role that may only read the table (the buttons are not shown) */
    public StatisticsTableViewModel(StatisticsService service, Background background, Messages messages, int year,
                                    boolean editable) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.year = year;
        this.editable = editable;
        title.set(messages.format("statistics.table.title", String.valueOf(year)));
        selected.addListener((obs, old, now) -> fill(now));
    }

    private record Loaded(StatisticsTable table, StatisticsService.TableChoices choices) {
    }

    /** Reads the table and what an item may name, off the FX thread. */
    public void load() {
        background.run(() -> new Loaded(service.table(year), service.tableChoices()), loaded -> {
            areas.setAll(loaded.choices().areas());
            indicators.setAll(loaded.choices().indicators().stream().map(Indicator::code).toList());
            String keep = selected.get() == null ? null : selected.get().code();
            items.setAll(loaded.table().items());
            selected.set(keep == null ? null : loaded.table().item(keep).orElse(null));
            if (selected.get() == null) {
                fill(null);
            }
        }, this::failed);
    }

    /** Clears the form for a new item. */
    public void startNew() {
        selected.set(null);
        fill(null);
        said("");
    }

    /** What the last action did; a refusal is a problem, shown apart. */
    private void said(String done) {
        feedback.set(done);
        problem.set("");
    }

    private void fill(StatisticItem item) {
        adding.set(item == null);
        code.set(item == null ? "" : item.code());
        area.set(item == null ? null : areas.stream().filter(a -> a.code().equals(item.areaCode())).findFirst().orElse(null));
        label.set(item == null ? "" : item.label());
        measure.set(item == null ? "" : item.measureUnit());
        kind.set(item == null ? StatisticKind.COUNT : item.kind());
        pair.set(item == null || item.pairCode() == null ? "" : item.pairCode());
        indicator.set(item == null || item.indicatorCode() == null ? "" : item.indicatorCode());
        required.set(item != null && item.required());
        source.set(item == null || item.source() == null ? "" : item.source());
    }

    /** Saves the form: the item chosen is replaced, or a new one is added at the end of the table. */
    public void save() {
        if (!editable || busy.get()) {
            return;
        }
        if (area.get() == null) {
            refused(messages.get("statistics.table.chooseArea"));
            return;
        }
        if (kind.get() != StatisticKind.COUNT && pair.get().isBlank()) {
            refused(messages.format("statistics.table.pairNeeded.window", code.get()));
            return;
        }
        boolean add = adding.get();
        int order = add ? items.stream().mapToInt(StatisticItem::sortOrder).max().orElse(0) + 10
                : selected.get().sortOrder();
        StatisticItem item = new StatisticItem(year, code.get(), area.get().code(), label.get(), measure.get(), kind.get(),
                kind.get() == StatisticKind.COUNT ? null : pair.get(), required.get(), order, source.get(),
                kind.get() == StatisticKind.NUMERATOR ? blankToNull(indicator.get()) : null);
        String saved = item.normalised().code();
        run(() -> service.saveItem(item, add), messages.format(add ? "statistics.table.added" : "statistics.table.changed",
                saved, String.valueOf(year)), saved);
    }

    /** Removes the item chosen (the view asks first). */
    public void remove() {
        StatisticItem item = selected.get();
        if (!editable || busy.get() || item == null) {
            return;
        }
        run(() -> service.removeItem(year, item.code()), messages.format("statistics.table.removed", item.code(),
                String.valueOf(year)), null);
    }

    /** Copies the latest earlier year's table to this year, which has none. */
    public void copyEarlierTable() {
        if (!editable || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> service.copyTableTo(year), copied -> {
            busy.set(false);
            said(messages.format("statistics.copy.done", messages.formats().count(copied), String.valueOf(year)));
            load();
        }, this::failed);
    }

    private void run(Runnable change, String done, String select) {
        busy.set(true);
        background.run(() -> {
            change.run();
            return service.table(year);
        }, table -> {
            busy.set(false);
            items.setAll(table.items());
            Optional<StatisticItem> chosen = select == null ? Optional.empty() : table.item(select);
            selected.set(chosen.orElse(null));
            if (chosen.isEmpty()) {
                fill(null);
            }
            said(done);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        refused(ErrorText.of(failure, messages));
    }

    private void refused(String why) {
        feedback.set("");
        problem.set(why);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** "số đếm", "tử số của HS_DA_GIAI_QUYET": an item's kind as the table shows it. */
    public String kindText(StatisticItem item) {
        String kindName = messages.get("statistics.kind." + item.kind().name());
        return item.pairCode() == null ? kindName : kindName + " " + item.pairCode();
    }

    public String kindName(StatisticKind k) {
        return k == null ? "" : messages.get("statistics.kind.name." + k.name());
    }

    public List<StatisticKind> kinds() {
        return List.of(StatisticKind.values());
    }

    public boolean editable() {
        return editable;
    }

    public ObservableList<StatisticItem> items() {
        return items;
    }

    public ObservableList<ReformArea> areas() {
        return areas;
    }

    public ObservableList<String> indicators() {
        return indicators;
    }

    public ObjectProperty<StatisticItem> selected() {
        return selected;
    }

    public StringProperty code() {
        return code;
    }

    public ObjectProperty<ReformArea> area() {
        return area;
    }

    public StringProperty label() {
        return label;
    }

    public StringProperty measure() {
        return measure;
    }

    public ObjectProperty<StatisticKind> kind() {
        return kind;
    }

    public StringProperty pair() {
        return pair;
    }

    public StringProperty indicator() {
        return indicator;
    }

    public BooleanProperty required() {
        return required;
    }

    public StringProperty source() {
        return source;
    }

    public ReadOnlyBooleanProperty adding() {
        return adding.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    /** Why the last action was refused, or empty. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }
}
