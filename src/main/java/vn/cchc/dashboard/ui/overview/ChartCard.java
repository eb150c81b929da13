package vn.cchc.dashboard.ui.overview;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.cchc.dashboard.chart.ChartOnScreen;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.i18n.Messages;

/**
 * A chart on a card with its export menu (slide, A4, screen, SVG, copy) over the top-right corner and the same menu on
 * a right click: every screen's charts are exported the same way.
 */
public final class ChartCard {

    private ChartCard() {
    }

    /** {@code chart} at {@code height}, exported through {@code actions}. */
    public static Node of(ExportableChart chart, double height, ChartActions actions, Messages messages) {
        StackPane holder = new StackPane(ChartOnScreen.viewer(chart));
        holder.setPrefHeight(height);
        holder.setMinHeight(height);
        ContextMenu menu = new ContextMenu(items(chart, actions, messages).toArray(MenuItem[]::new));
        holder.setOnContextMenuRequested(e -> menu.show(holder, e.getScreenX(), e.getScreenY()));

        MenuButton export = new MenuButton(messages.get("chart.export"), new FontIcon(Material2OutlinedMZ.SAVE_ALT));
        export.setId("export-" + chart.name());
        export.getItems().setAll(items(chart, actions, messages));
        export.setAccessibleText(messages.format("chart.export.accessible", chart.title()));
        export.getStyleClass().add("chart-export");
        // Over the chart's top-right corner, where its left-aligned title leaves room.
        StackPane card = new StackPane(holder, export);
        StackPane.setAlignment(export, Pos.TOP_RIGHT);
        card.getStyleClass().addAll("card", "chart-card");
        return card;
    }

    private static List<MenuItem> items(ExportableChart chart, ChartActions actions, Messages messages) {
        return List.of(
                item("chart.export.slide", () -> actions.savePng(chart, ExportPreset.SLIDE_16_9), messages),
                item("chart.export.a4", () -> actions.savePng(chart, ExportPreset.A4_REPORT), messages),
                item("chart.export.screen", () -> actions.savePng(chart, ExportPreset.SCREEN), messages),
                item("chart.export.svg", () -> actions.saveSvg(chart), messages),
                new SeparatorMenuItem(),
                item("chart.export.copy", () -> actions.copy(chart), messages));
    }

    private static MenuItem item(String key, Runnable action, Messages messages) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
