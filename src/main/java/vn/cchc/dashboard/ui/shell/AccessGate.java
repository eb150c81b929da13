package vn.cchc.dashboard.ui.shell;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import vn.cchc.dashboard.domain.accounts.Access;
import vn.cchc.dashboard.i18n.Messages;

/**
 * Keeps out of sight what the session's role may not do: a leader's window offers reading and exporting only, a
 * unit's no plan management. The shared server refuses these changes anyway; hiding them spares the user a
 * refusal. A badge beside the title names the login and its role ({@link #badge}), so that nobody wonders where the buttons went.
 * Actions are known by the ids their controls already carry (as the shortcuts reach them).
 */
final class AccessGate {

    /** Changing the plan itself: tasks, units, plans, imports of plans. */
    private static final Set<String> PLAN_MANAGEMENT = Set.of("task-add", "task-edit", "task-delete", "undo", "redo",
            "unit-add", "unit-edit", "unit-merge", "unit-delete", "plan-new", "plan-import", "plan-archive",
            "menu-import", "menu-new-plan", "indicator-library", "national-import");

    /** Recording progress and figures: a unit's own, the office's for all. */
    private static final Set<String> RECORDING = Set.of("record-progress", "correct-update", "indicator-enter",
            "exchange-record");

    private final Access access;

    AccessGate(Access access) {
        this.access = access;
    }

    /** True when the action of the control with {@code id} is the role's to take (or is not an action at all). */
    boolean allows(String id) {
        if (PLAN_MANAGEMENT.contains(id)) {
            return access.managesPlans();
        }
        if (RECORDING.contains(id)) {
            return access.recordsAny();
        }
        return true;
    }

    /**
     * Hides the controls of {@code screen} whose actions the role may not take, and those of its tabs built later (a
     * tabbed screen builds a tab's view the first time it is chosen).
     */
    void apply(Node screen) {
        if (access.isUnrestricted()) {
            return;
        }
        hide(screen);
        for (Node node : screen.lookupAll(".tab-pane")) {
            if (node instanceof TabPane tabs) {
                tabs.getTabs().forEach(tab -> tab.contentProperty().addListener((obs, old, now) -> {
                    if (now != null) {
                        hide(now);
                    }
                }));
            }
        }
    }

    private void hide(Node screen) {
        for (String id : hidden()) {
            Node node = screen.lookup("#" + id);
            if (node != null && !node.visibleProperty().isBound()) {
                node.setVisible(false);
                node.setManaged(false);
            }
        }
    }

    /** Hides {@code item} when its action is not the role's. */
    MenuItem apply(MenuItem item) {
        if (item.getId() != null && !allows(item.getId())) {
            item.setVisible(false);
            if (!item.disableProperty().isBound()) {
                item.setDisable(true); // its shortcut too
            }
        }
        return item;
    }

    private Set<String> hidden() {
        if (access.managesPlans()) {
            return Set.of();
        }
        if (access.recordsAny()) {
            return PLAN_MANAGEMENT;
        }
        Set<String> all = new HashSet<>(PLAN_MANAGEMENT);
        all.addAll(RECORDING);
        return all;
    }

    /**
     * Beside the title, for a restricted role: "binh.ubnd · Lãnh đạo: chỉ xem", the login's name and what the role
     * may do in its tooltip. Nothing for the owner and the embedded database, where nothing is hidden.
     */
    Optional<Label> badge(Messages messages) {
        if (access.isUnrestricted()) {
            return Optional.empty();
        }
        String role = access.role().name();
        Label badge = new Label(messages.format("toolbar.role", access.login(), messages.get("accounts.role." + role),
                messages.get("toolbar.role." + role)));
        badge.setId("role-badge");
        badge.getStyleClass().add("role-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        String person = access.personName() == null ? access.login() : access.personName() + " (" + access.login() + ")";
        badge.setTooltip(new Tooltip(messages.format("status.role", person, messages.get("accounts.role." + role),
                messages.get("status.role." + role))));
        return Optional.of(badge);
    }
}
