package vn.cchc.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing a reader needs is cut short or pushed out of sight, on the screens the office has: every screen, tab and
 * main dialog of the real window on the sample data is laid out at each size and looked at by {@link LayoutInspector}
 * (text ending in "…" or clipped, prompts cut, nodes running over their neighbours or out of the window, table columns
 * wider than their table). Each finding is a line: size, screen, what, the control and its whole text, what shows.
 *
 * <p><b>Sizes.</b> 1366×768 (the commonest office laptop) and 1920×1080, at 100% and at 150% display scaling. Monocle
 * headless always renders at scale 1, so a scale is emulated by the logical size the layout gets: JavaFX lays out in
 * logical pixels, and a 1366×768 screen at 150% is a 911×512 logical screen (1920×1080 at 150%: 1280×720). The main
 * window is sized as it is when maximised on such a screen: the whole width, and the height less the taskbar (40) and
 * the title bar (30). Dialogs keep their own size and are judged against the same screen: what they hold below or
 * right of it is out of reach. The meeting view (F11) gets the whole screen, and each of its pages is checked.
 *
 * <p><b>Running part of it.</b> Each screen is its own test: {@code mvn -o -q test -Dtest=LayoutFitTest#units}
 * (overview, tasks, units, indicators, reports, audit, settings, dialogs, presentation). One size only:
 * {@code -Dlayoutfit.sizes=1366x768} (several: comma-separated, of 1366x768, 1920x1080, 911x512, 1280x720). Every run
 * also writes its lines to {@code target/layout-findings.txt}. To look at what was inspected:
 * {@code -Dlayoutfit.snapshots=/tmp/fit} saves a picture of each; to see what holds a pane wider than its window:
 * {@code -Dlayoutfit.probe=600} prints every node whose minimum width is 600 px or more, as a tree; and
 * {@code -Dlayoutfit.heights=#some-id} prints the height, minimum and preferred height of that node and each pane
 * around it (what makes a page scroll, or not).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutFitTest {

    /** A screen the office has, and the logical size the layout gets on it. */
    record Size(String name, double width, double height, String label) {
        /** The main window maximised: the screen less the taskbar and the window's title bar. */
        double windowHeight() {
            return height - 70;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final List<Size> SIZES = List.of(
            new Size("1366x768", 1366, 768, "1366×768 100%"),
            new Size("1920x1080", 1920, 1080, "1920×1080 100%"),
            new Size("911x512", 911, 512, "1366×768 150% (911×512)"),
            new Size("1280x720", 1280, 720, "1920×1080 150% (1280×720)"));

    static final Path REPORT = Path.of("target", "layout-findings.txt");

    SampleWindow sample;
    Stage stage;
    final FxRobot robot = new FxRobot();
    List<Size> sizes;

    @BeforeAll
    void open(@TempDir Path folder) throws Exception {
        String only = System.getProperty("layoutfit.sizes", "");
        sizes = only.isBlank() ? SIZES : SIZES.stream()
                .filter(s -> Arrays.asList(only.split(",")).contains(s.name())).toList();
        stage = FxToolkit.registerPrimaryStage();
        // The application's own theme (DashboardApp sets it): its fonts and paddings are what must fit.
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        sample = SampleWindow.open(folder);
        FxToolkit.setupStage(sample::showIn);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tile-overdue").tryQuery().isPresent());
    }

    @AfterAll
    void close() throws Exception {
        sample.hideAndClose();
        // The other test classes in this JVM run with JavaFX's default theme.
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    /** The window's frame around every screen: the toolbar with the plan and the day, the navigation, the status bar. */
    @Test
    void frame() throws Exception {
        check("Khung cửa sổ", () -> {
            show("overview");
            robot.interact(() -> findings.addAll(LayoutInspector.inspect(stage.getScene(), current + " | Khung cửa sổ",
                    stage.getScene().getWidth(), stage.getScene().getHeight(), node -> !inScreen(node))));
        });
    }

    @Test
    void overview() throws Exception {
        check("Tổng quan", () -> {
            show("overview");
            inspectTabs("Tổng quan");
        });
    }

    @Test
    void tasks() throws Exception {
        check("Nhiệm vụ", () -> {
            show("tasks");
            inspectTabs("Nhiệm vụ");
            robot.interact(() -> robot.lookup("#task-table").queryAs(TableView.class).getSelectionModel().select(0));
            settle();
            inspect("Nhiệm vụ, a task selected");
            show("overview");
            robot.interact(() -> robot.lookup("#tile-overdue").queryAs(ButtonBase.class).fire());
            settle();
            inspect("Nhiệm vụ, filtered from the tile Quá hạn");
            robot.interact(() -> robot.lookup("#task-filter-clear").queryAs(ButtonBase.class).fire());
            settle();
        });
    }

    @Test
    void units() throws Exception {
        check("Đơn vị", () -> {
            show("units");
            inspectTabs("Đơn vị");
        });
    }

    @Test
    void indicators() throws Exception {
        check("Chỉ số", () -> {
            show("indicators");
            inspectTabs("Chỉ số");
        });
    }

    @Test
    void reports() throws Exception {
        check("Báo cáo", () -> {
            show("reports");
            inspectTabs("Báo cáo");
        });
    }

    @Test
    void audit() throws Exception {
        check("Nhật ký", () -> {
            show("audit");
            inspectTabs("Nhật ký");
        });
    }

    @Test
    void settings() throws Exception {
        check("Cài đặt", () -> {
            show("settings");
            inspectTabs("Cài đặt");
        });
    }

    @Test
    void presentation() throws Exception {
        check("Trình chiếu", () -> {
            show("overview");
            Set<Window> before = new HashSet<>(Window.getWindows());
            robot.interact(() -> robot.lookup("#present").queryAs(Button.class).fire());
            Window projector = newWindow(before);
            robot.interact(() -> {
                Stage shown = (Stage) projector;
                shown.setFullScreen(false);
                shown.setWidth(current.width());
                shown.setHeight(current.height());
            });
            settle(projector.getScene());
            // Every page in turn, as the presenter moves with the arrow key, until the last ("11/11").
            Label position = (Label) projector.getScene().lookup("#meeting-position");
            while (true) {
                chartsDrawn(projector.getScene());
                String page = position.getText();
                robot.interact(() -> {
                    findings.addAll(LayoutInspector.inspect(projector.getScene(), current + " | Trình chiếu " + page));
                    snapshot(projector.getScene(), current + " Trình chiếu " + page);
                });
                if (page.matches("(\\d+)/\\1")) {
                    break;
                }
                robot.interact(() -> Event.fireEvent(projector.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED,
                        "", "", KeyCode.RIGHT, false, false, false, false)));
                settle(projector.getScene());
                assertThat(position.getText()).as("the arrow key turns the page").isNotEqualTo(page);
            }
            robot.interact(projector::hide);
            settle();
        });
    }

    /**
     * Waits until the meeting page's charts are drawn (off the FX thread, after the page has settled without them)
     * and the page has settled again around them.
     */
    private void chartsDrawn(Scene scene) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> scene.getRoot()
                .lookupAll(".meeting-chart").stream().filter(LayoutFitTest::seen)
                .allMatch(slot -> slot instanceof Parent chart && chart.getChildrenUnmodifiable().stream()
                        .anyMatch(n -> n instanceof ImageView picture && picture.getImage() != null))).get());
        settle(scene);
    }

    /** True when {@code node} and everything around it is visible. */
    private static boolean seen(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A main dialog: where it is opened from, and how. */
    record DialogCase(String name, Visit prepare, Runnable open) {
    }

    /**
     * The main dialogs. A dialog keeps within the window it belongs to, so its layout depends on the window's size only
     * where it is larger than the window: each is opened from the largest window and judged there against every
     * screen it fits whole, and opened again from each window it does not fit. What lies past the screen's edge is out
     * of reach.
     */
    @Test
    void dialogs() throws Exception {
        List<DialogCase> cases = new ArrayList<>(List.of(
                new DialogCase("Kế hoạch mới", () -> show("overview"), () -> planMenu("plan-new")),
                new DialogCase("Nhập kế hoạch", () -> show("overview"), () -> planMenu("plan-import")),
                new DialogCase("Trao đổi tiến độ", () -> show("overview"), () -> planMenu("plan-exchange")),
                new DialogCase("Thêm nhiệm vụ", () -> show("tasks"), () -> fire("#task-add")),
                new DialogCase("Cập nhật tiến độ", this::firstTask, () -> fire("#record-progress")),
                new DialogCase("Sửa nhiệm vụ", this::firstTask, () -> fire("#task-edit")),
                new DialogCase("Thêm đơn vị", () -> {
                    show("units");
                    selectTab("unit-tab-register");
                }, () -> fire("#unit-add")),
                new DialogCase("Sáp nhập đơn vị", () -> {
                    show("units");
                    selectTab("unit-tab-register");
                    robot.interact(() -> robot.lookup("#unit-table").queryAs(TableView.class).getSelectionModel().select(0));
                }, () -> fire("#unit-merge")),
                new DialogCase("Nhập số liệu chỉ số", () -> show("indicators"), () -> fire("#indicator-enter")),
                new DialogCase("Thư viện chỉ số", () -> show("indicators"), () -> fire("#indicator-library")),
                new DialogCase("Mã hoá dữ liệu", () -> show("settings"), () -> fire("#encryption-enable")),
                new DialogCase("Giới thiệu", () -> show("overview"), () -> menuItem("menu-about")),
                new DialogCase("Hướng dẫn sử dụng (F1)", () -> show("overview"), () -> menuItem("menu-help"))));
        resize(SIZES.get(0));
        show("indicators");
        if (robot.lookup("#indicator-statistics").tryQuery().isPresent()) {
            cases.add(10, new DialogCase("Thống kê", () -> show("indicators"), () -> fire("#indicator-statistics")));
        }
        Size largest = sizes.stream().max(java.util.Comparator.comparingDouble(s -> s.width() * s.height())).orElseThrow();
        findings = new ArrayList<>();
        for (DialogCase dialog : cases) {
            resize(largest);
            dialog.prepare().run();
            double[] natural = dialog(dialog, sizes);
            for (Size size : sizes) {
                if (size != largest && (natural[0] > size.width() || natural[1] > size.windowHeight())) {
                    resize(size);
                    dialog.prepare().run();
                    dialog(dialog, List.of(size));
                }
            }
        }
        resize(SIZES.get(0));
        show("units");
        selectTab("unit-tab-ranking");
        show("overview");
        record("Hộp thoại", findings);
        failOn(findings);
    }

    private void firstTask() throws TimeoutException {
        show("tasks");
        robot.interact(() -> robot.lookup("#task-table").queryAs(TableView.class).getSelectionModel().select(0));
        settle();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Size current;
    private List<String> findings;

    interface Visit {
        void run() throws Exception;
    }

    /** Runs {@code visit} at every size, and fails with every finding it collected. */
    private void check(String screen, Visit visit) throws Exception {
        List<String> all = new ArrayList<>();
        for (Size size : sizes) {
            resize(size);
            findings = new ArrayList<>();
            visit.run();
            all.addAll(findings);
        }
        resize(SIZES.get(0));
        record(screen, all);
        failOn(all);
    }

    /** Fails listing every finding: each is a control a user reads cut or cannot reach. */
    private static void failOn(List<String> findings) {
        if (!findings.isEmpty()) {
            fail(findings.size() + " findings:\n" + String.join("\n", findings));
        }
    }

    private void resize(Size size) throws TimeoutException {
        current = size;
        robot.interact(() -> {
            stage.setMaximized(false);
            // The window's own minimum follows the screen it is on (MainWindow: never more than the screen).
            stage.setMinWidth(Math.min(1024, size.width()));
            stage.setMinHeight(Math.min(640, size.windowHeight()));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(size.width());
            stage.setHeight(size.windowHeight());
        });
        settle();
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).as("the window's width at " + size).isEqualTo(size.width());
        assertThat(scene.getHeight()).as("the window's height at " + size).isEqualTo(size.windowHeight());
    }

    private void show(String screen) throws TimeoutException {
        robot.interact(() -> robot.lookup("#nav-" + screen).queryAs(ToggleButton.class).setSelected(true));
        settle();
    }

    /** Inspects the screen shown (the frame around it is {@link #frame()}'s). */
    private void inspect(String screen) {
        robot.interact(() -> {
            findings.addAll(LayoutInspector.inspect(stage.getScene(), current + " | " + screen,
                    stage.getScene().getWidth(), stage.getScene().getHeight(), this::inScreen));
            snapshot(stage.getScene(), current + " " + screen);
            printHeights(stage.getScene());
            String probe = System.getProperty("layoutfit.probe", "");
            if (!probe.isBlank()) {
                System.out.println("Minimum widths of at least " + probe + " px, " + current + " | " + screen + ":\n"
                        + LayoutInspector.minimumWidths(stage.getScene().getRoot(), Double.parseDouble(probe)));
            }
        });
    }

    /** With {@code -Dlayoutfit.heights=#id}, the heights of that node and of each pane around it. */
    private static void printHeights(Scene scene) {
        String query = System.getProperty("layoutfit.heights", "");
        Node node = query.isBlank() ? null : scene.lookup(query);
        for (Node up = node; up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.layout.Region region) {
                System.out.printf("%s height %.0f min %.0f pref %.0f at y %.0f%n", LayoutInspector.name(up),
                        region.getHeight(), region.minHeight(region.getWidth()), region.prefHeight(region.getWidth()),
                        region.getLayoutY());
            }
        }
    }

    /** With {@code -Dlayoutfit.snapshots=folder}, a picture of what was inspected, to look at. */
    private static void snapshot(Scene scene, String name) {
        String folder = System.getProperty("layoutfit.snapshots", "");
        if (folder.isBlank()) {
            return;
        }
        javafx.scene.image.WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            Path file = Path.of(folder, name.replaceAll("[^\\p{L}\\p{N}]+", "-") + ".png");
            Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(picture, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether {@code node} is part of the screen shown, inside the frame's centre (the centre itself is the frame's). */
    private boolean inScreen(Node node) {
        Node center = stage.getScene().getRoot() instanceof BorderPane frame ? frame.getCenter() : stage.getScene().getRoot();
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up == center) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inspects what is shown, then each tab of every tab pane in it in turn (and the tabs inside those), with the
     * titled panes opened; leaves the first tab of each selected again.
     */
    private void inspectTabs(String screen) throws TimeoutException {
        inspectTabs(stage.getScene(), screen, this::inspect);
    }

    /** What to do with what is shown now of a scene, named {@code label}. */
    interface Look {
        void at(String label);
    }

    private void inspectTabs(Scene scene, String screen, Look look) throws TimeoutException {
        look.at(screen);
        expandTitledPanes(scene, screen, look);
        for (TabPane tabs : visibleTabPanes(scene.getRoot(), null)) {
            walk(scene, tabs, screen, look);
        }
    }

    private void walk(Scene scene, TabPane tabs, String screen, Look look) throws TimeoutException {
        Tab first = tabs.getSelectionModel().getSelectedItem();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            if (tab == first || tab.isDisabled()) {
                continue;
            }
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            settle(scene);
            String here = screen + " › " + tab.getText();
            look.at(here);
            expandTitledPanes(scene, here, look);
            if (tab.getContent() instanceof Parent content) {
                for (TabPane inner : visibleTabPanes(content, tabs)) {
                    walk(scene, inner, here, look);
                }
            }
        }
        robot.interact(() -> tabs.getSelectionModel().select(first));
        settle(scene);
        // The first tab's own inner tabs.
        if (first != null && first.getContent() instanceof Parent content) {
            for (TabPane inner : visibleTabPanes(content, tabs)) {
                walk(scene, inner, screen + " › " + first.getText(), look);
            }
        }
    }

    private static List<TabPane> visibleTabPanes(Parent root, TabPane outer) {
        List<TabPane> found = new ArrayList<>();
        collectTabPanes(root, outer, found);
        return found;
    }

    private static void collectTabPanes(Node node, TabPane outer, List<TabPane> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TabPane tabs && tabs != outer) {
            found.add(tabs);
            return; // its inner tab panes are walked with its tabs
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTabPanes(child, outer, found);
            }
        }
    }

    /** Opens the folded sections (TitledPane) shown, inspects, and folds them again. */
    private void expandTitledPanes(Scene scene, String screen, Look look) throws TimeoutException {
        List<TitledPane> folded = new ArrayList<>();
        robot.interact(() -> collectFolded(scene.getRoot(), folded));
        if (folded.isEmpty()) {
            return;
        }
        robot.interact(() -> folded.forEach(p -> {
            p.setAnimated(false);
            p.setExpanded(true);
        }));
        settle(scene);
        look.at(screen + " (sections opened)");
        robot.interact(() -> folded.forEach(p -> p.setExpanded(false)));
        settle(scene);
    }

    private static void collectFolded(Node node, List<TitledPane> folded) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TitledPane pane && !pane.isExpanded() && pane.isCollapsible()) {
            folded.add(pane);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectFolded(child, folded);
            }
        }
    }

    private void selectTab(String id) throws TimeoutException {
        robot.interact(() -> {
            for (TabPane tabs : visibleTabPanes(stage.getScene().getRoot(), null)) {
                selectIn(tabs, id);
            }
        });
        settle();
    }

    private static void selectIn(TabPane tabs, String id) {
        for (Tab tab : tabs.getTabs()) {
            if (id.equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
            }
            if (tab.getContent() instanceof Parent content) {
                for (TabPane inner : visibleTabPanes(content, tabs)) {
                    selectIn(inner, id);
                }
            }
        }
    }

    private void planMenu(String id) {
        MenuButton menu = robot.lookup("#plan-menu").queryAs(MenuButton.class);
        menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire();
    }

    private void menuItem(String id) {
        robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire();
    }

    private void fire(String query) {
        robot.lookup(query).queryAs(ButtonBase.class).fire();
    }

    /**
     * Opens a dialog (later, on the FX thread: a dialog may wait for its answer there) from the window as it is sized
     * now, lets it load, judges it and each of its tabs against each of {@code screens} (those it fits whole, and the
     * one of the window) and closes it. Returns the dialog's size.
     */
    private double[] dialog(DialogCase dialog, List<Size> screens) throws TimeoutException {
        Set<Window> before = new HashSet<>(Window.getWindows());
        Platform.runLater(dialog.open());
        Window window = newWindow(before);
        Scene scene = window.getScene();
        settle(scene);
        double[] natural = {scene.getWidth(), scene.getHeight()};
        List<Size> judged = screens.stream().filter(s -> s == current
                || natural[0] <= s.width() && natural[1] <= s.windowHeight()).toList();
        inspectTabs(scene, dialog.name(), label -> robot.interact(() -> {
            for (Size size : judged) {
                // What lies past the screen's edge (less the taskbar and the title bar) is out of reach.
                double width = Math.min(scene.getWidth(), size.width());
                double height = Math.min(scene.getHeight(), size.windowHeight());
                String where = size + " | " + label;
                findings.addAll(LayoutInspector.inspect(scene, where, width, height, node -> true));
                if (label.equals(dialog.name()) && (scene.getHeight() > size.windowHeight()
                        || scene.getWidth() > size.width())) {
                    findings.add(String.format(Locale.ROOT, "%s | larger than the screen | %s | needs %.0f×%.0f px",
                            where, LayoutInspector.name(scene.getRoot()), scene.getWidth(), scene.getHeight()));
                }
            }
            snapshot(scene, current + " " + label);
            printHeights(scene);
        }));
        robot.interact(() -> closeDialog(window));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.isShowing());
        settle();
        return natural;
    }

    private static void closeDialog(Window window) {
        if (window.getScene().getRoot() instanceof DialogPane pane) {
            for (var type : pane.getButtonTypes()) {
                if (type.getButtonData().isCancelButton() || type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
                    ((Button) pane.lookupButton(type)).fire();
                    return;
                }
            }
        }
        window.hide();
    }

    private Window newWindow(Set<Window> before) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> !before.contains(w) && w.isShowing() && w.getScene() != null));
        Window window = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                .findFirst().orElseThrow();
        return window;
    }

    private void settle() throws TimeoutException {
        settle(stage.getScene());
    }

    /**
     * Waits until the scene stops changing: the screens read their data in the background, and the table rows, the
     * wrapped texts and the charts arrive over several pulses.
     */
    private void settle(Scene scene) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        String last = null;
        int stable = 0;
        while (stable < 2 && System.nanoTime() < deadline) {
            String now;
            try {
                now = WaitForAsyncUtils.asyncFx(() -> {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    return signature(scene.getRoot());
                }).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
            stable = now.equals(last) ? stable + 1 : 0;
            last = now;
            sleep(40); // a pulse or two: the background's results arrive, the layout settles
        }
    }

    private static String signature(Node node) {
        StringBuilder out = new StringBuilder();
        sign(node, out);
        return Integer.toHexString(out.toString().hashCode()) + ":" + out.length();
    }

    private static void sign(Node node, StringBuilder out) {
        if (!node.isVisible()) {
            return;
        }
        out.append(node.getClass().getSimpleName().length()).append(Math.round(node.getLayoutX()))
                .append(',').append(Math.round(node.getLayoutY()));
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            out.append(labeled.getText());
        }
        if (node instanceof TableView<?> table) {
            out.append('#').append(table.getItems().size());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                sign(child, out);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized void record(String screen, List<String> lines) {
        try {
            Files.createDirectories(REPORT.getParent());
            List<String> out = new ArrayList<>();
            out.add("## " + screen + ": " + lines.size() + " findings");
            out.addAll(lines);
            out.add("");
            Files.write(REPORT, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
