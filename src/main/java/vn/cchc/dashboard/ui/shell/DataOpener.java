package vn.cchc.dashboard.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.stage.Window;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.app.SharedServer;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;

/**
 * Opens the data in the background and asks what only the user knows when the data needs it: the data passphrase
 * of an encrypted folder (wrong: said so, asked again; cancelled: the application closes, the data untouched) and
 * the shared server's password when none came from the command line, the environment or ~/.pgpass (refused: said
 * so, asked again; cancelled: this computer's own data, with a notice). What was typed stays in memory for the
 * session ({@link SessionSecrets}).
 */
final class DataOpener {

    /** The data opened, with the secrets that opened it and a notice to show (blank: none). */
    record Opened(AppContext context, SessionSecrets secrets, String notice) {
    }

    /** How the window asks; tests answer without a dialog. */
    @FunctionalInterface
    interface Asker {
        /** @return true when the user typed the secret (in the model), false when they cancelled */
        boolean ask(SecretPromptViewModel model);
    }

    private final Background background;
    private final Messages messages;
    private final Asker asker;

    DataOpener(Background background, Messages messages, Window owner) {
        this(background, messages, model -> new SecretPrompt(model, messages, owner).ask());
    }

    DataOpener(Background background, Messages messages, Asker asker) {
        this.background = background;
        this.messages = messages;
        this.asker = asker;
    }

    /**
     * Opens {@code dataFolder} (on the server {@code db} names, when given) and hands the result to {@code opened};
     * a failure that asking cannot cure goes to {@code failed}, and {@code quit} runs when the user declines to
     * give the data passphrase.
     */
    void open(Path dataFolder, String db, Path dbPasswordFile, Clock clock, boolean sampleIfEmpty, SessionSecrets secrets,
              Consumer<Opened> opened, Consumer<Throwable> failed, Runnable quit) {
        open(dataFolder, db, dbPasswordFile, clock, sampleIfEmpty, secrets, null, opened, failed, quit);
    }

    /** As above, taking {@code early} (the same opening begun at start-up, or null) as the first attempt. */
    void open(Path dataFolder, String db, Path dbPasswordFile, Clock clock, boolean sampleIfEmpty, SessionSecrets secrets,
              EarlyOpening early, Consumer<Opened> opened, Consumer<Throwable> failed, Runnable quit) {
        Attempt attempt = new Attempt(dataFolder, db, dbPasswordFile, clock, sampleIfEmpty, opened, failed, quit);
        if (early == null) {
            attempt.run(secrets, "");
        } else {
            attempt.run(early::get, secrets, "");
        }
    }

    private final class Attempt {
        private final Path dataFolder;
        private final String db;
        private final Path dbPasswordFile;
        private final Clock clock;
        private final boolean sampleIfEmpty;
        private final Consumer<Opened> opened;
        private final Consumer<Throwable> failed;
        private final Runnable quit;

        Attempt(Path dataFolder, String db, Path dbPasswordFile, Clock clock, boolean sampleIfEmpty,
                Consumer<Opened> opened, Consumer<Throwable> failed, Runnable quit) {
            this.dataFolder = dataFolder;
            this.db = db;
            this.dbPasswordFile = dbPasswordFile;
            this.clock = clock;
            this.sampleIfEmpty = sampleIfEmpty;
            this.opened = opened;
            this.failed = failed;
            this.quit = quit;
        }

        void run(SessionSecrets secrets, String notice) {
            run(() -> AppContext.open(dataFolder, db, dbPasswordFile, secrets, clock, sampleIfEmpty), secrets, notice);
        }

        void run(Callable<AppContext> opening, SessionSecrets secrets, String notice) {
            background.run(opening, context -> opened.accept(new Opened(context, secrets, notice)),
                    e -> retry(e, secrets, notice));
        }

        private void retry(Throwable e, SessionSecrets secrets, String notice) {
            AppException explained = AppException.explain(e);
            String key = explained == null ? "" : explained.messageKey();
            switch (key) {
                case "error.store.KEY_NEEDED", "error.store.WRONG_KEY" -> {
                    SecretPromptViewModel prompt = new SecretPromptViewModel(SecretPromptViewModel.Kind.DATA_PASSPHRASE,
                            dataFolder.toString(), key.endsWith("WRONG_KEY") ? explained.localized(messages) : "");
                    if (asker.ask(prompt)) {
                        run(secrets.withDataPassphrase(prompt.take()), notice);
                    } else {
                        quit.run();
                    }
                }
                case "error.server.ACCESS_DENIED" -> askServerPassword(secrets, notice);
                default -> failed.accept(e);
            }
        }

        private void askServerPassword(SessionSecrets secrets, String notice) {
            background.run(() -> SharedServer.chosenUrl(db, dataFolder), url -> {
                SecretPromptViewModel prompt = new SecretPromptViewModel(SecretPromptViewModel.Kind.SERVER_PASSWORD, url,
                        secrets.hasServerPassword() ? messages.get("server.prompt.wrong") : "");
                if (asker.ask(prompt)) {
                    run(secrets.withServerPassword(new String(prompt.take())), notice);
                } else {
                    run(secrets.localOnly(), messages.format("server.localFallback", url));
                }
            }, failed);
        }
    }
}
