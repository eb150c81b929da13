package vn.cchc.dashboard.app;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.cchc.dashboard.store.Database;

/**
 * Results worked out ahead, while the window is still being built, for the window's first requests: the plans, the
 * overview and the lagging list of the day it opens on. Handed out only while nothing was written to the embedded
 * file since they were read ({@link Database#localChanges()}); on a shared server, where others write, nothing is
 * prepared. Only what {@link #prepare} computed is ever handed out, so every other request computes as before.
 */
final class PreparedResults {

    private final Database database;
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    PreparedResults(Database database) {
        this.database = database;
    }

    /** Computes the result for {@code key} and keeps it, stamped with the store's changes before it was read. */
    <T> T prepare(Object key, Supplier<T> compute) {
        Batch batch = begin();
        T value = compute.get();
        batch.keep(key, value);
        return value;
    }

    /** Results read together: each stamped with the store's changes before the first of them was read. */
    Batch begin() {
        return new Batch(database.localChanges());
    }

    /** See {@link #begin()}. */
    final class Batch {

        private final OptionalLong before;

        private Batch(OptionalLong before) {
            this.before = before;
        }

        void keep(Object key, Object value) {
            if (before.isPresent()) {
                entries.put(key, new Entry(before.getAsLong(), value));
            }
        }
    }

    /** The prepared result for {@code key} while the store is unchanged since it was read; else computed now. */
    <T> T get(Object key, Supplier<T> compute) {
        return this.<T>ready(key).orElseGet(compute);
    }

    /**
     * The prepared result for {@code key} while the store is unchanged since it was read: a look-up, no waiting, so
     * the FX thread may ask.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> ready(Object key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        OptionalLong now = database.localChanges();
        if (now.isPresent() && now.getAsLong() == entry.changes()) {
            return Optional.of((T) entry.value());
        }
        // Stale for good: the counter only grows.
        entries.remove(key, entry);
        return Optional.empty();
    }

    private record Entry(long changes, Object value) {
    }
}
