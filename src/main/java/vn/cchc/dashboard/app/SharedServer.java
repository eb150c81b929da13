package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.util.Map;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.ServerAddress;
import vn.cchc.dashboard.store.StoreException;

/**
 * Which shared PostgreSQL server a user works on, and with which password. The address comes from
 * {@code --db} or, failing that, the settings ("database.server"); the password never from the settings:
 * from {@code --db-password-file}, else the environment variable {@code CCHC_DB_PASSWORD}, else a password
 * typed into the address on the command line, else none (the driver then reads PostgreSQL's own ~/.pgpass).
 */
public final class SharedServer {

    /** The environment variable holding the server password. */
    public static final String PASSWORD_ENV = "CCHC_DB_PASSWORD";

    private SharedServer() {
    }

    /**
     * @param option       {@code --db} as typed, or null
     * @param passwordFile {@code --db-password-file}, or null
     * @return the server to use with its password, or null for the data folder's embedded database
     * @throws AppException (invalid input) for an address that is not {@code jdbc:postgresql://…} or an unreadable
     *                      password file
     */
    public static ServerAddress choose(String option, Path passwordFile, AppSettings settings, Map<String, String> env) {
        String text = option != null ? option : settings.sharedServer();
        if (text == null) {
            return null;
        }
        ServerAddress address;
        try {
            address = ServerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw AppException.invalidInput("error.server.address", ServerAddress.mask(text));
        }
        if (passwordFile != null) {
            return address.withPassword(SecretFile.firstLine(passwordFile, "error.server.passwordFile"));
        }
        String fromEnv = env.get(PASSWORD_ENV);
        return fromEnv != null && !fromEnv.isEmpty() ? address.withPassword(fromEnv) : address;
    }

    /**
     * Chooses the shared server in the settings (Cài đặt), after checking that it answers and that its schema is
     * this build's; {@code text} blank goes back to the data folder's own database. The settings keep the address
     * without password. Takes effect the next time the application opens. Blocking: call it off the FX thread.
     *
     * @return the address kept, or null for the own database
     * @throws AppException when the address is not valid or the server cannot be used (the settings are unchanged)
     */
    public static String remember(AppSettings settings, String text) {
        if (text == null || text.isBlank()) {
            settings.setSharedServer(null);
            settings.save();
            return null;
        }
        ServerAddress address = choose(text, null, settings, System.getenv());
        try (Database checked = open(address)) {
            settings.setSharedServer(address);
            settings.save();
            return address.url();
        }
    }

    /** The address of the shared server the data folder would open ({@code --db}, else the settings), or null. */
    public static String chosenUrl(String option, Path dataFolder) {
        ServerAddress chosen = choose(option, null, AppSettings.load(dataFolder), Map.of());
        return chosen == null ? null : chosen.url();
    }

    /** {@code text} with any password in it (a server address in a message) replaced by asterisks. */
    public static String mask(String text) {
        return ServerAddress.mask(text);
    }

    /** Connects to {@code server}; a failure is one sentence naming it ("error.server.<reason>"). */
    static Database open(ServerAddress server) {
        try {
            return Database.openServer(server);
        } catch (StoreException e) {
            throw failure(e, server);
        }
    }

    /** The sentence for a problem with {@code server}, by its reason. */
    static AppException failure(StoreException e, ServerAddress server) {
        return AppException.failure("error.server." + e.reason().name(), e, server.url());
    }
}
