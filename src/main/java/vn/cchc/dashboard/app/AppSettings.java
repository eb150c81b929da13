package vn.cchc.dashboard.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.files.AtomicFile;
import vn.cchc.dashboard.files.DiskFull;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.report.ReportSettings;

/**
 * The user's preferences, in {@code settings.properties} in the data folder. Saved by writing a new file
 * and renaming it over the old one, so a crash mid-save leaves the previous settings intact.
 */
public final class AppSettings {

    static final String FILE_NAME = "settings.properties";
    public static final int DEFAULT_STALE_DAYS = 60;
    private static final Logger LOG = Logger.getLogger(AppSettings.class.getName());

    private final Path file;
    private final Properties values;

    private AppSettings(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** The settings in {@code folder}; defaults when the file is missing or unreadable. */
    public static AppSettings load(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Settings file unreadable, using defaults: " + file, e);
                values.clear();
            }
        }
        return new AppSettings(file, values);
    }

    public Language language() {
        return Language.fromCode(values.getProperty("language")).orElse(Language.VI);
    }

    public void setLanguage(Language language) {
        values.setProperty("language", language.code());
    }

    /** Who records changes (for the progress history); a neutral default until the user sets a profile. */
    public String userName() {
        String name = Text.blankToNull(values.getProperty("user.name"));
        return name != null ? name : "Người dùng";
    }

    public void setUserName(String name) {
        values.setProperty("user.name", Text.requireNonBlank(name, "user.name"));
    }

    /** The unit the user works in ("Sở Nội vụ"), or empty. */
    public String userUnit() {
        String unit = Text.blankToNull(values.getProperty("user.unit"));
        return unit == null ? "" : unit;
    }

    public void setUserUnit(String unit) {
        String clean = Text.blankToNull(unit);
        values.setProperty("user.unit", clean == null ? "" : clean);
    }

    /** Who the audit trail says made a change: "Nguyễn Thị Hạnh (Sở Nội vụ)", or the name alone. */
    public String userLabel() {
        return userUnit().isEmpty() ? userName() : userName() + " (" + userUnit() + ")";
    }

    /** True once the first-start wizard was completed in this folder. */
    public boolean setupDone() {
        return Boolean.parseBoolean(values.getProperty("setup.done", "false"));
    }

    void markSetupDone() {
        values.setProperty("setup.done", "true");
    }

    /** True once the user was told their data folder is on a network share (told once, not at every start). */
    public boolean networkShareWarned() {
        return Boolean.parseBoolean(values.getProperty("warned.networkShare", "false"));
    }

    public void setNetworkShareWarned() {
        values.setProperty("warned.networkShare", "true");
    }

    /** Where the main window was last, if it was ever closed in this folder. */
    public synchronized java.util.Optional<WindowBounds> windowBounds() {
        try {
            String x = values.getProperty("window.x");
            if (x == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new WindowBounds(Double.parseDouble(x), number("window.y", 0),
                    number("window.width", 0), number("window.height", 0),
                    Boolean.parseBoolean(values.getProperty("window.maximized", "false"))));
        } catch (IllegalArgumentException damaged) {
            LOG.warning("window bounds in settings unreadable, ignored");
            return java.util.Optional.empty();
        }
    }

    public synchronized void setWindowBounds(WindowBounds bounds) {
        values.setProperty("window.x", String.valueOf(bounds.x()));
        values.setProperty("window.y", String.valueOf(bounds.y()));
        values.setProperty("window.width", String.valueOf(bounds.width()));
        values.setProperty("window.height", String.valueOf(bounds.height()));
        values.setProperty("window.maximized", String.valueOf(bounds.maximized()));
    }

    /** A task not updated for more than this many days is flagged "lâu chưa cập nhật" (default 60). */
    public int staleDays() {
        try {
            int days = Integer.parseInt(values.getProperty("tasks.staleDays", "60").strip());
            return days > 0 ? days : DEFAULT_STALE_DAYS;
        } catch (NumberFormatException e) {
            return DEFAULT_STALE_DAYS;
        }
    }

    public void setStaleDays(int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("stale days must be within 1–366: " + days);
        }
        values.setProperty("tasks.staleDays", String.valueOf(days));
    }

    /**
     * When a unit counts as lagging and how its evidence weighs; the defaults until the user changes them.
     * A damaged value falls back to the defaults as a whole, never to a half-read policy.
     */
    public synchronized LaggingPolicy laggingPolicy() {
        LaggingPolicy d = LaggingPolicy.DEFAULT;
        try {
            return new LaggingPolicy(
                    (int) number("lagging.overdueThreshold", d.overdueThreshold()),
                    number("lagging.rateGapThreshold", d.rateGapThreshold()),
                    (int) number("lagging.staleThreshold", d.staleThreshold()),
                    number("lagging.indicatorGapThreshold", d.indicatorGapThreshold()),
                    number("lagging.overdueWeight", d.overdueWeight()),
                    number("lagging.lateWeight", d.lateWeight()),
                    number("lagging.staleWeight", d.staleWeight()),
                    number("lagging.rateGapWeight", d.rateGapWeight()),
                    number("lagging.indicatorWeight", d.indicatorWeight()));
        } catch (IllegalArgumentException damaged) {
            LOG.warning("lagging policy in settings unreadable, using the defaults");
            return d;
        }
    }

    public synchronized void setLaggingPolicy(LaggingPolicy p) {
        values.setProperty("lagging.overdueThreshold", String.valueOf(p.overdueThreshold()));
        values.setProperty("lagging.rateGapThreshold", String.valueOf(p.rateGapThreshold()));
        values.setProperty("lagging.staleThreshold", String.valueOf(p.staleThreshold()));
        values.setProperty("lagging.indicatorGapThreshold", String.valueOf(p.indicatorGapThreshold()));
        values.setProperty("lagging.overdueWeight", String.valueOf(p.overdueWeight()));
        values.setProperty("lagging.lateWeight", String.valueOf(p.lateWeight()));
        values.setProperty("lagging.staleWeight", String.valueOf(p.staleWeight()));
        values.setProperty("lagging.rateGapWeight", String.valueOf(p.rateGapWeight()));
        values.setProperty("lagging.indicatorWeight", String.valueOf(p.indicatorWeight()));
    }

    /** True when the lagging list shows merged units under their successors (today's view, the default). */
    public boolean laggingRolledUp() {
        return Boolean.parseBoolean(values.getProperty("lagging.rolledUp", "true"));
    }

    public void setLaggingRolledUp(boolean rolledUp) {
        values.setProperty("lagging.rolledUp", String.valueOf(rolledUp));
    }

    private double number(String key, double fallback) {
        String text = values.getProperty(key);
        return text == null ? fallback : Double.parseDouble(text.strip());
    }

    /** How many daily backups made on exit are kept (default 7). */
    public int backupsKept() {
        try {
            int kept = Integer.parseInt(values.getProperty("backups.kept", "7").strip());
            return kept >= 1 && kept <= 365 ? kept : 7;
        } catch (NumberFormatException e) {
            return 7;
        }
    }

    public void setBackupsKept(int kept) {
        if (kept < 1 || kept > 365) {
            throw new IllegalArgumentException("backups kept must be within 1–365: " + kept);
        }
        values.setProperty("backups.kept", String.valueOf(kept));
    }

    /** What every report's heading and closing say; a People's Committee's usual wording until the user changes it. */
    public synchronized ReportSettings reportSettings() {
        return ReportSettingsProperties.read(values);
    }

    public synchronized void setReportSettings(ReportSettings report) {
        ReportSettingsProperties.write(report, values);
    }

    /** The task list's saved filters, in the order they were saved. */
    public synchronized List<SavedFilter> savedFilters() {
        List<SavedFilter> filters = new ArrayList<>();
        for (int i = 0; values.getProperty("filters." + i + ".name") != null; i++) {
            String prefix = "filters." + i + ".";
            try {
                String lead = values.getProperty(prefix + "lead", "");
                filters.add(new SavedFilter(values.getProperty(prefix + "name"),
                        TaskSelection.valueOf(values.getProperty(prefix + "selection", "ALL")),
                        Text.blankToNull(values.getProperty(prefix + "area")), lead.isBlank() ? null : Long.valueOf(lead),
                        values.getProperty(prefix + "search", "")));
            } catch (IllegalArgumentException damaged) {
                LOG.warning("saved filter " + i + " unreadable, skipped");
            }
        }
        return filters;
    }

    public synchronized void setSavedFilters(List<SavedFilter> filters) {
        values.stringPropertyNames().stream().filter(k -> k.startsWith("filters.")).toList().forEach(values::remove);
        for (int i = 0; i < filters.size(); i++) {
            SavedFilter f = filters.get(i);
            String prefix = "filters." + i + ".";
            values.setProperty(prefix + "name", Text.requireNonBlank(f.name(), "name"));
            values.setProperty(prefix + "selection", f.selection().name());
            values.setProperty(prefix + "area", f.areaCode() == null ? "" : f.areaCode());
            values.setProperty(prefix + "lead", f.leadUnitId() == null ? "" : f.leadUnitId().toString());
            values.setProperty(prefix + "search", f.search() == null ? "" : f.search());
        }
    }

    /**
     * The shared PostgreSQL server this user works on ("database.server", a jdbc:postgresql:// address without
     * password), or null for the data folder's own database.
     */
    public String sharedServer() {
        return Text.blankToNull(values.getProperty("database.server"));
    }

    /** Chooses the shared server ({@code address} is kept without its password), or null for the own database. */
    public void setSharedServer(vn.cchc.dashboard.store.ServerAddress address) {
        if (address == null) {
            values.remove("database.server");
        } else {
            values.setProperty("database.server", address.url());
        }
    }

    public void save() {
        try {
            // store() flushes but does not close: the file is closed, forced to disk and moved by AtomicFile.
            AtomicFile.write(file, out -> values.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "CCHC Dashboard"));
        } catch (IOException e) {
            throw AppException.failure(DiskFull.causes(e) ? "error.file.diskFull" : "error.settings.save", e, file);
        }
    }
}
