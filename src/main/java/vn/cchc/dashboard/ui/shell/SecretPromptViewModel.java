package vn.cchc.dashboard.ui.shell;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;

/**
 * A secret asked before the data opens: the data passphrase of an encrypted folder, or the shared server's
 * password. It lives in this object and in the key derived from it, in memory only; it is never written anywhere.
 *
 * @see SecretPrompt
 */
public final class SecretPromptViewModel {

    /** What is asked: its texts' keys differ, the handling does not. */
    public enum Kind {
        DATA_PASSPHRASE("encryption.prompt", "encryption.prompt.open", "encryption.prompt.quit"),
        SERVER_PASSWORD("server.prompt", "server.prompt.connect", "server.prompt.local");

        final String texts;
        final String acceptKey;
        final String cancelKey;

        Kind(String texts, String acceptKey, String cancelKey) {
            this.texts = texts;
            this.acceptKey = acceptKey;
            this.cancelKey = cancelKey;
        }
    }

    private final Kind kind;
    private final String where;
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param where   the data folder or the server's address (without password), named in the question
     * @param problem why it is asked again ("Mật khẩu dữ liệu không đúng…"), or blank the first time
     */
    public SecretPromptViewModel(Kind kind, String where, String problem) {
        this.kind = kind;
        this.where = where;
        this.problem.set(problem == null ? "" : problem);
    }

    public Kind kind() {
        return kind;
    }

    public String where() {
        return where;
    }

    /** What the user typed (bound to a PasswordField, which never shows it). */
    public StringProperty secret() {
        return secret;
    }

    /** Why the last attempt failed; blank the first time. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** Nothing typed: nothing to try. */
    public BooleanBinding empty() {
        return Bindings.createBooleanBinding(() -> secret.get() == null || secret.get().isEmpty(), secret);
    }

    /** The secret typed, as characters the caller can clear; the field is emptied. */
    public char[] take() {
        char[] typed = secret.get() == null ? new char[0] : secret.get().toCharArray();
        secret.set("");
        return Arrays.copyOf(typed, typed.length);
    }
}
