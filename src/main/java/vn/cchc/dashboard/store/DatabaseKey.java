package vn.cchc.dashboard.store;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key of an encrypted embedded database: H2's file password, derived from the user's passphrase with
 * PBKDF2 and the folder's {@link EncryptionMarker}. The passphrase itself is never kept; this key lives in memory
 * only, for as long as the data is open, and is written nowhere.
 */
public final class DatabaseKey {

    /** Shorter passphrases are refused: the file on a lost laptop can be attacked offline without limit. */
    public static final int MIN_PASSPHRASE_LENGTH = 8;

    private final EncryptionMarker marker;
    private final char[] filePassword;

    private DatabaseKey(EncryptionMarker marker, char[] filePassword) {
        this.marker = marker;
        this.filePassword = filePassword;
    }

    /** Derives the key of {@code passphrase} under {@code marker}'s salt (deliberately slow: PBKDF2). */
    public static DatabaseKey derive(char[] passphrase, EncryptionMarker marker) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, marker.saltBytes(), marker.iterations(), 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            // Hex: H2 separates the file password from the user password at the first space.
            char[] hex = HexFormat.of().formatHex(key).toCharArray();
            Arrays.fill(key, (byte) 0);
            return new DatabaseKey(marker, hex);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The salt and work factor this key was derived with. */
    public EncryptionMarker marker() {
        return marker;
    }

    /** H2's file password alone (for {@code ChangeFileEncryption}); a copy. */
    char[] filePassword() {
        return filePassword.clone();
    }

    /** The password H2 takes on a {@code CIPHER=AES} URL: "file-password user-password" (the user password is empty). */
    String connectionPassword() {
        return new String(filePassword) + " ";
    }

    /** Never the key itself: this object may end up in a log line. */
    @Override
    public String toString() {
        return "DatabaseKey[" + marker.iterations() + " rounds]";
    }
}
