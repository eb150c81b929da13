package vn.cchc.dashboard.store;

import java.util.Arrays;

/**
 * Where the key of an encrypted database comes from, asked only when a file turns out to be encrypted: the
 * passphrase given at start (window prompt, {@code --key-file}, {@code CCHC_DB_KEY}), or the key of the data
 * already open. A backup may carry a salt of its own, so the source is asked with the marker of the file in hand.
 */
@FunctionalInterface
public interface KeySource {

    /** No key at all: an encrypted file is refused with {@code KEY_NEEDED}. */
    KeySource NONE = marker -> {
        throw new StoreException(StoreException.Reason.KEY_NEEDED, "the data is encrypted and no passphrase was given");
    };

    /**
     * The key for a file with {@code marker}.
     *
     * @throws StoreException {@code KEY_NEEDED} when this source has none, {@code WRONG_KEY} when it cannot fit
     */
    DatabaseKey keyFor(EncryptionMarker marker);

    /** Keys derived from {@code passphrase} (kept in memory); each marker's key derived once. */
    static KeySource passphrase(char[] passphrase) {
        char[] kept = Arrays.copyOf(passphrase, passphrase.length);
        DatabaseKey[] last = new DatabaseKey[1];
        return marker -> {
            synchronized (kept) {
                if (last[0] == null || !last[0].marker().equals(marker)) {
                    last[0] = DatabaseKey.derive(kept, marker);
                }
                return last[0];
            }
        };
    }

    /** The one key {@code key}: a file with another salt was encrypted with another passphrase. */
    static KeySource of(DatabaseKey key) {
        return marker -> {
            if (!key.marker().equals(marker)) {
                throw new StoreException(StoreException.Reason.WRONG_KEY, "encrypted with another passphrase (other salt)");
            }
            return key;
        };
    }
}
