package vn.cchc.dashboard.ui.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.PlanImport;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.MergedDepartments;
import vn.cchc.dashboard.domain.imports.UnitChoice;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The import wizard's unit step: each lead unit name of the file matched to an existing unit, a new one, or – for a
 * merged department – the successor the import proposes, which waits for the user's word. The choices the user makes
 * are kept for every later check of the same file, and each checks the file again.
 */
final class UnitMatching {

    private final Messages messages;
    private final Runnable checkAgain;
    private final ObservableList<UnitLine> units = FXCollections.observableArrayList();
    private final ObservableList<UnitOption> options = FXCollections.observableArrayList();
    private final Map<String, UnitChoice> choices = new LinkedHashMap<>();
    private boolean filling;

    UnitMatching(Messages messages, Runnable checkAgain) {
        this.messages = messages;
        this.checkAgain = checkAgain;
    }

    /** The names the file leads with, each matched as the check found it; a change of match checks again. */
    void show(PlanImport result) {
        UnitOption newUnit = new UnitOption(null, messages.get("import.units.new"), null);
        List<UnitOption> offered = new ArrayList<>();
        offered.add(newUnit);
        // A successor the import would create ("Sở Tài chính" in a database without it) is a unit the user can choose.
        result.preview().names().stream().filter(n -> n.unit() != null && n.unit().isNew()
                        && MergedDepartments.isSuccessor(n.unit().name())).map(n -> n.unit().name()).distinct()
                .forEach(name -> offered.add(new UnitOption(null, messages.format("import.units.newNamed", name), name)));
        result.units().stream().sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder()))
                .forEach(u -> offered.add(new UnitOption(u.id(), u.name(), null)));
        filling = true;
        options.setAll(offered);
        units.setAll(result.preview().names().stream().map(name -> {
            UnitOption matched = matched(name, offered, newUnit);
            String state = name.mergerOffer() ? messages.format("import.units.offer", name.unit().name())
                    : name.chosen() ? messages.get("import.units.confirmed") : "";
            UnitLine line = new UnitLine(name.written(), name.tasks(), matched, name.mergerOffer(), state);
            line.match().addListener((obs, old, now) -> rematch(line.written(), now));
            return line;
        }).toList());
        filling = false;
    }

    private static UnitOption matched(ImportPreview.NameMatch name, List<UnitOption> options, UnitOption newUnit) {
        if (name.unit() == null) {
            return null;
        }
        if (name.unit().isNew()) {
            return options.stream().filter(o -> name.unit().name().equals(o.newName())).findFirst().orElse(newUnit);
        }
        return options.stream().filter(o -> name.unit().id().equals(o.unitId())).findFirst().orElse(null);
    }

    /** The user accepts the successor proposed for a merged department's name: its tasks go there, and the file is checked again. */
    void confirm(UnitLine line) {
        UnitOption proposed = line.match().get();
        if (!line.awaitsConfirmation() || proposed == null) {
            return;
        }
        rematch(line.written(), proposed);
    }

    private void rematch(String written, UnitOption option) {
        if (filling || option == null) {
            return;
        }
        choices.put(written, option.unitId() != null ? UnitChoice.existing(written, option.unitId())
                : option.newName() != null ? UnitChoice.named(written, option.newName()) : UnitChoice.newUnit(written));
        checkAgain.run();
    }

    /** Forgets the names and the user's choices: another file is being read. */
    void clear() {
        choices.clear();
        units.clear();
    }

    /** The matches the user chose, for the next check and for the import. */
    List<UnitChoice> choices() {
        return List.copyOf(choices.values());
    }

    ObservableList<UnitLine> units() {
        return units;
    }

    ObservableList<UnitOption> options() {
        return options;
    }
}
