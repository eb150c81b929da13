package vn.cchc.dashboard.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.report.ReportIssuer;
import vn.cchc.dashboard.report.ReportSettings;

/**
 * The window's first start: asked once, before anything is created in the data folder, so that "Nhập kế
 * hoạch" can start from an empty database instead of the sample. The command line never asks, and creates the
 * sample only when told to ({@code demo}): its read commands refuse a folder without data.
 */
public final class FirstStart {

    /** How the user wants to begin. */
    public enum Beginning {
        /** Explore with the sample province ("Dữ liệu mẫu"). */
        SAMPLE,
        /** An empty database, and the plan import wizard at once. */
        IMPORT
    }

    /** What the wizard asked; {@code userUnit}, {@code provinceName} may be blank. */
    public record Answers(Language language, String userName, String userUnit, String provinceName, String issuingBody,
                          Beginning beginning) {
    }

    private FirstStart() {
    }

    /**
     * True when the wizard should be shown: the folder has no database yet and the wizard has not been
     * completed in it. A folder the command line (or an older version) filled is never asked about.
     */
    public static boolean needed(Path dataFolder) {
        return !AppSettings.load(dataFolder).setupDone()
                && !Files.exists(DataFolder.embeddedDatabase(dataFolder));
    }

    /**
     * Whether opening {@code settings}' folder may create the sample on an empty database: yes for folders
     * that never saw the wizard (today's behaviour), no once the user chose, so an emptied or imported-into
     * database stays theirs.
     */
    public static boolean sampleWhenEmpty(AppSettings settings) {
        return !settings.setupDone();
    }

    /**
     * Writes the answers into the folder's settings (creating the folder) and marks the wizard done.
     * Touches files: never on the FX thread.
     */
    public static void apply(Path dataFolder, Answers answers) {
        DataFolder.prepare(dataFolder);
        AppSettings settings = AppSettings.load(dataFolder);
        settings.setLanguage(answers.language());
        settings.setUserName(answers.userName());
        settings.setUserUnit(answers.userUnit());
        ReportSettings report = settings.reportSettings();
        boolean named = answers.issuingBody() != null && !answers.issuingBody().isBlank();
        // A typed issuer names who issues the reports; left blank, the usual issuer (UBND tỉnh) and its wording.
        ReportIssuer issuer = named ? ReportIssuer.ofOlderWording(answers.issuingBody(), List.of()) : report.issuer();
        settings.setReportSettings(new ReportSettings(issuer, answers.provinceName(), report.parentBody(),
                named ? answers.issuingBody() : report.issuingBody(), report.signerTitle(), report.recipients(),
                report.addressee()));
        settings.markSetupDone();
        settings.save();
    }
}
