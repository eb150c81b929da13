package vn.cchc.dashboard.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.domain.imports.ColumnMapping;
import vn.cchc.dashboard.domain.imports.ImportField;
import vn.cchc.dashboard.domain.imports.SourceRow;
import vn.cchc.dashboard.domain.imports.TableLayout;

/**
 * The import wizard's mapping step: the layout the reader found in the file, shown as one choice per column with an
 * example value, which the user can correct. It holds the layout as corrected, so that each check reads the file
 * with it; a field has one column, and every change checks the file again.
 */
final class MappingStep {

    private final Runnable checkAgain;
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private TableLayout layout;
    private boolean filling;

    MappingStep(Runnable checkAgain) {
        this.checkAgain = checkAgain;
    }

    /** The layout a check found (the one it was asked with, or the one it detected when there was none). */
    void show(TableLayout found) {
        layout = found;
        filling = true;
        columns.setAll(choices(found));
        filling = false;
    }

    /** Forgets the layout: another file is detected afresh. */
    void clear() {
        layout = null;
        columns.clear();
    }

    /** The layout to read the file with; null until a first check detected one. */
    TableLayout layout() {
        return layout;
    }

    ObservableList<ColumnChoice> columns() {
        return columns;
    }

    private List<ColumnChoice> choices(TableLayout found) {
        Map<Integer, String> samples = new TreeMap<>();
        for (SourceRow row : found.sample()) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (!row.cell(c).isEmpty() && row.cell(c).length() > samples.getOrDefault(c, "").length() / 4) {
                    samples.putIfAbsent(c, row.cell(c).replace('\n', ' '));
                }
            }
        }
        List<ColumnChoice> list = new ArrayList<>();
        for (int c = 0; c < found.width(); c++) {
            ColumnChoice choice = new ColumnChoice(c, found.headers().getOrDefault(c, ""), samples.getOrDefault(c, ""),
                    found.mapping().field(c).orElse(null));
            int column = c;
            choice.field().addListener((obs, old, now) -> remap(column, now));
            list.add(choice);
        }
        return list;
    }

    /** One column's field changed: a field has one column, so another column holding it lets go; then check again. */
    private void remap(int column, ImportField field) {
        if (filling || layout == null) {
            return;
        }
        ColumnMapping mapping = layout.mapping().with(column, field);
        layout = layout.withMapping(mapping);
        filling = true;
        columns.forEach(c -> c.field().set(mapping.fields().get(c.column())));
        filling = false;
        checkAgain.run();
    }

    /** The fields a column can be imported as, "not imported" (null) first. */
    static List<ImportField> fieldChoices() {
        List<ImportField> list = new ArrayList<>();
        list.add(null);
        list.addAll(List.of(ImportField.values()));
        return list;
    }
}
