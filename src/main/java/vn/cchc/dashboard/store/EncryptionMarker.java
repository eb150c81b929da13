package vn.cchc.dashboard.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import vn.cchc.dashboard.files.AtomicFile;

/**
 * What an encrypted data folder says about its key, and nothing secret: the salt and the work factor with which
 * the database's file password is derived from the user's passphrase ({@link DatabaseKey}). Kept beside the
 * database as {@value #FILE_NAME} and inside every backup of an encrypted database, because without the salt the
 * right passphrase cannot open the file. Whether a database is encrypted is told by the file itself
 * ({@link #isEncrypted}), so that a marker left over from an interrupted change never misleads.
 *
 * @param salt       16 random bytes, Base64
 * @param iterations PBKDF2 rounds; stored so that a later version can raise the default and still open old files
 */
public record EncryptionMarker(String salt, int iterations) {

    /** The marker's file name, in the data folder and in a backup zip. */
    public static final String FILE_NAME = "encryption.properties";
    /** PBKDF2 with HMAC-SHA-256, the file encrypted by H2 with AES ("CIPHER=AES"). */
    static final String SCHEME = "PBKDF2WithHmacSHA256/H2-AES";
    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256; about 0.4 s once per start on an office PC. */
    static final int DEFAULT_ITERATIONS = 600_000;
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    public EncryptionMarker {
        if (iterations < 1 || salt == null || Base64.getDecoder().decode(salt).length < 16) {
            throw new IllegalArgumentException("salt of at least 16 bytes and a positive number of iterations");
        }
    }

    /** A new marker with a fresh random salt. */
    public static EncryptionMarker fresh() {
        return fresh(DEFAULT_ITERATIONS);
    }

    static EncryptionMarker fresh(int iterations) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new EncryptionMarker(Base64.getEncoder().encodeToString(salt), iterations);
    }

    byte[] saltBytes() {
        return Base64.getDecoder().decode(salt);
    }

    /** True when the database file {@code dbFile} is encrypted (H2 writes a plain header before the ciphertext). */
    public static boolean isEncrypted(Path dbFile) {
        if (!Files.isRegularFile(dbFile)) {
            return false;
        }
        try (var in = Files.newInputStream(dbFile)) {
            return startsEncrypted(in);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "cannot read " + dbFile, e);
        }
    }

    /** True when the database file read from {@code in} begins with H2's header of an encrypted file. */
    static boolean startsEncrypted(java.io.InputStream in) throws IOException {
        byte[] head = new byte[ENCRYPTED_HEADER.length];
        return in.readNBytes(head, 0, head.length) == head.length && java.util.Arrays.equals(head, ENCRYPTED_HEADER);
    }

    /**
     * The marker in {@code folder}.
     *
     * @throws StoreException {@code KEY_MARKER_MISSING} when it is absent or unreadable: the data cannot be opened
     */
    public static EncryptionMarker read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file);
        } catch (NoSuchFileException e) {
            throw new StoreException(StoreException.Reason.KEY_MARKER_MISSING, "missing " + file, e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.KEY_MARKER_MISSING, "unreadable " + file, e);
        }
    }

    static EncryptionMarker parse(Reader in, Path file) throws IOException {
        Properties p = new Properties();
        p.load(in);
        try {
            if (!SCHEME.equals(p.getProperty("scheme"))) {
                throw new IllegalArgumentException("unknown scheme " + p.getProperty("scheme"));
            }
            return new EncryptionMarker(p.getProperty("salt"), Integer.parseInt(p.getProperty("iterations", "")));
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Reason.KEY_MARKER_MISSING, "not a valid marker: " + file, e);
        }
    }

    /** The marker's text: no secret in it, only how to derive the key from the passphrase. */
    byte[] bytes() {
        String text = "# CCHC Dashboard: du lieu duoc ma hoa. Tep nay KHONG chua mat khau, nhung thieu no thi khong mo duoc du lieu.\n"
                + "# CCHC Dashboard: the data is encrypted. This file holds NO password, but without it the data cannot be opened.\n"
                + "scheme=" + SCHEME + "\nsalt=" + salt + "\niterations=" + iterations + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes this marker into {@code folder}, whole or not at all. */
    public void writeTo(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            AtomicFile.write(file, out -> out.write(bytes()));
        } catch (IOException e) {
            throw StoreException.writeFailed("cannot write " + file, e, folder.toAbsolutePath());
        }
    }

    /** Removes the marker of {@code folder} (its database is no longer encrypted). */
    public static void deleteFrom(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "cannot delete " + folder.resolve(FILE_NAME), e);
        }
    }
}
