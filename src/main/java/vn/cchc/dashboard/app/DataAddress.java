package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.util.Map;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.store.ServerAddress;

/**
 * Where a command's data is and what opens it: the data folder, the shared server named by {@code --db} or the
 * settings (with its password), and the passphrase of an encrypted folder ({@code --key-file}, else
 * {@code CCHC_DB_KEY}). The command line speaks of its data only through this, never through the store's own
 * types; each part is read when first needed, so a command that never opens encrypted data never reads a key file.
 */
public final class DataAddress {

    private final Path folder;
    private final String db;
    private final Path dbPasswordFile;
    private final Path keyFile;
    private final Map<String, String> env;
    private ServerAddress server;
    private boolean serverChosen;
    private KeySource keys;

    /**
     * @param db             {@code --db} as typed, or null for the server in the folder's settings, if any
     * @param dbPasswordFile {@code --db-password-file}, or null
     * @param keyFile        {@code --key-file}, or null
     * @param env            the environment ({@code CCHC_DB_PASSWORD}, {@code CCHC_DB_KEY})
     */
    public DataAddress(Path folder, String db, Path dbPasswordFile, Path keyFile, Map<String, String> env) {
        this.folder = folder;
        this.db = db;
        this.dbPasswordFile = dbPasswordFile;
        this.keyFile = keyFile;
        this.env = Map.copyOf(env);
    }

    public Path folder() {
        return folder;
    }

    /** True when the data lives on a shared server rather than in the folder's own database. */
    public boolean onServer() {
        return server() != null;
    }

    /** The shared server's address, never with its password; null for the folder's own database. */
    public String serverUrl() {
        return onServer() ? server().url() : null;
    }

    /** The folder's own database, opened with the same passphrase: where {@code migrate-to} copies from. */
    public DataAddress ownDatabase() {
        DataAddress own = new DataAddress(folder, null, null, keyFile, env);
        own.serverChosen = true;
        own.keys = keys;
        return own;
    }

    synchronized ServerAddress server() {
        if (!serverChosen) {
            server = SharedServer.choose(db, dbPasswordFile, AppSettings.load(folder), env);
            serverChosen = true;
        }
        return server;
    }

    synchronized KeySource keys() {
        if (keys == null) {
            keys = DataEncryption.keys(keyFile, env);
        }
        return keys;
    }
}
