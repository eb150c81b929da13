package vn.cchc.dashboard.app;

import java.util.Arrays;
import vn.cchc.dashboard.store.KeySource;

/**
 * What the user typed at start for this session only, never saved to the settings, a file or the log: the data
 * passphrase of an encrypted data folder and the shared server's password. {@code localOnly}: the user declined to
 * sign in to the shared server and works on this computer's data instead.
 */
public final class SessionSecrets {

    /** Nothing typed: the sources of the command line and the environment only. */
    public static final SessionSecrets NONE = new SessionSecrets(null, null, false);

    private final char[] dataPassphrase;
    private final String serverPassword;
    private final boolean localOnly;
    private final KeySource keys;

    private SessionSecrets(char[] dataPassphrase, String serverPassword, boolean localOnly) {
        this.dataPassphrase = dataPassphrase;
        this.serverPassword = serverPassword;
        this.localOnly = localOnly;
        this.keys = dataPassphrase == null ? KeySource.NONE : KeySource.passphrase(dataPassphrase);
    }

    /** These secrets with the data passphrase {@code passphrase} (its key derived when a file needs it). */
    public SessionSecrets withDataPassphrase(char[] passphrase) {
        return new SessionSecrets(Arrays.copyOf(passphrase, passphrase.length), serverPassword, localOnly);
    }

    /** These secrets with the shared server's password. */
    public SessionSecrets withServerPassword(String password) {
        return new SessionSecrets(dataPassphrase, password, localOnly);
    }

    /** These secrets, working on this computer's data instead of the shared server. */
    public SessionSecrets localOnly() {
        return new SessionSecrets(dataPassphrase, serverPassword, true);
    }

    /** True once the user typed a server password (a refusal then means it was wrong). */
    public boolean hasServerPassword() {
        return serverPassword != null;
    }

    public boolean isLocalOnly() {
        return localOnly;
    }

    String serverPassword() {
        return serverPassword;
    }

    KeySource keys() {
        return keys;
    }

    /** Never the secrets themselves. */
    @Override
    public String toString() {
        return "SessionSecrets[passphrase " + (dataPassphrase != null) + ", server password " + (serverPassword != null)
                + ", local only " + localOnly + "]";
    }
}
