package vn.cchc.dashboard.ui.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenId;
import vn.cchc.dashboard.ui.Shortcut;

/**
 * The window's menu bar: every frequent action with its shortcut beside it. The screen-relative ones
 * (search, new, export) act on whichever screen is shown, through the ids its controls already carry.
 */
final class ShellMenus {

    /** The controls each screen-relative shortcut reaches, on whichever screen has one. */
    private static final Map<Shortcut, List<String>> TARGETS = Map.of(
            Shortcut.SEARCH, List.of("task-search", "unit-search", "indicator-search", "audit-search"),
            Shortcut.NEW, List.of("task-add", "unit-add", "indicator-enter"),
            Shortcut.EXPORT, List.of("audit-export", "lagging-export-xlsx", "reports-generate"));

    private final ShellViewModel model;
    private final Messages messages;
    private final Supplier<Node> currentScreen;
    private final AccessGate gate;

    ShellMenus(ShellViewModel model, Messages messages, Supplier<Node> currentScreen, AccessGate gate) {
        this.model = model;
        this.messages = messages;
        this.currentScreen = currentScreen;
        this.gate = gate;
    }

    MenuBar bar(ShellView.WindowActions actions, Runnable present, Runnable refresh) {
        Menu file = new Menu(messages.get("menu.file"), null,
                gate.apply(item(messages.get("import.menu"), Shortcut.IMPORT_PLAN, "menu-import", actions::importPlan)),
                gate.apply(item(messages.get("plan.menu.new"), null, "menu-new-plan", actions::newPlan)),
                new SeparatorMenuItem(),
                item(messages.get("shortcut.quit"), Shortcut.QUIT, "menu-quit", actions::quit));
        Menu view = new Menu(messages.get("menu.view"));
        for (ScreenId screen : ScreenId.values()) {
            view.getItems().add(item(messages.get(screen.titleKey()), Shortcut.screen(screen),
                    "menu-screen-" + screen.ordinal(), () -> model.screen().set(screen)));
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item(messages.get("shortcut.refresh"), Shortcut.REFRESH, "menu-refresh", refresh),
                item(messages.get("shortcut.today"), Shortcut.TODAY, "menu-today", model::showToday),
                item(messages.get("shortcut.presentation"), Shortcut.PRESENTATION, "menu-present", present));
        Menu act = new Menu(messages.get("menu.actions"), null,
                item(messages.get("shortcut.search"), Shortcut.SEARCH, "menu-search", () -> reach(Shortcut.SEARCH)),
                item(messages.get("shortcut.new"), Shortcut.NEW, "menu-add", () -> reach(Shortcut.NEW)),
                item(messages.get("shortcut.export"), Shortcut.EXPORT, "menu-export", () -> reach(Shortcut.EXPORT)));
        Menu help = new Menu(messages.get("menu.help"), null,
                item(messages.get("shortcut.help"), Shortcut.HELP, "menu-help", actions::help),
                item(messages.get("menu.about"), null, "menu-about", actions::about));
        MenuBar bar = new MenuBar(file, view, act, help);
        bar.setUseSystemMenuBar(true);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, Shortcut shortcut, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(shortcut.keys());
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Ctrl+F focuses the shown screen's search field; Ctrl+N and Ctrl+E press its add or export button. */
    void reach(Shortcut shortcut) {
        target(currentScreen.get(), shortcut).ifPresent(node -> {
            if (node instanceof TextInputControl field) {
                field.requestFocus();
                field.selectAll();
            } else if (node instanceof ButtonBase button) {
                button.fire();
            }
        });
    }

    private static Optional<Node> target(Node screen, Shortcut shortcut) {
        if (screen == null) {
            return Optional.empty();
        }
        return TARGETS.get(shortcut).stream().map(id -> screen.lookup("#" + id))
                .filter(n -> n != null && showing(n) && !n.isDisabled()).findFirst();
    }

    /** Visible itself and through every parent: a control on a tab not shown is not reached. */
    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Adds the shortcut to the tooltips of the controls a newly built screen offers for them. */
    static void markTooltips(Node screen) {
        TARGETS.forEach((shortcut, ids) -> ids.forEach(id -> {
            if (screen.lookup("#" + id) instanceof Control control && !control.tooltipProperty().isBound()) {
                String base = control.getTooltip() != null ? control.getTooltip().getText()
                        : control instanceof Labeled labeled && labeled.getText() != null ? labeled.getText()
                        : control instanceof TextInputControl input ? input.getPromptText() : "";
                control.setTooltip(new Tooltip(withKeys(base, shortcut)));
            }
        }));
    }

    /** "Tổng quan (Ctrl+1)". */
    static String withKeys(String text, Shortcut shortcut) {
        return text == null || text.isBlank() ? shortcut.keyText() : text + " (" + shortcut.keyText() + ")";
    }
}
