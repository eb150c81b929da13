package vn.cchc.dashboard.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.files.AtomicFile;

/**
 * Backups of the embedded database as files: H2's online {@code BACKUP TO} (a consistent copy while the
 * application runs, in a zip holding the one database file), their verification by opening a copy twice, and
 * putting a backup's database file in place. Every file is written beside its target and moved into place,
 * so a full disk or a crash never leaves half a backup or half a database.
 */
public final class EmbeddedBackup {

    /** The database file inside a backup, as H2 names it. */
    static final String ENTRY = Database.EMBEDDED_NAME + ".mv.db";
    /** A zip bomb disguised as a backup is refused past this size (far above any province's data). */
    private static final long MAX_DATABASE_BYTES = 8L * 1024 * 1024 * 1024;

    private EmbeddedBackup() {
    }

    /** Writes a consistent copy of the running {@code database} to {@code zip}; all of it or no file. */
    public static void write(Database database, Path zip) {
        Path temp = sibling(zip, ".tmp");
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            Files.deleteIfExists(temp);
            String target = temp.toAbsolutePath().toString().replace("'", "''");
            database.inTransaction(c -> {
                try (var statement = c.createStatement()) {
                    statement.execute("BACKUP TO '" + target + "'");
                }
                return null;
            });
            AtomicFile.moveIntoPlace(temp, zip);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "backup could not be written: " + zip, e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * Restores {@code zip} into the empty folder {@code scratch} and opens it twice, counting what it holds
     * the same both times; a file that is not a backup of this application, is damaged, or comes from a newer
     * version is refused with the reason.
     */
    public static BackupContents verify(Path zip, Path scratch) {
        extract(zip, scratch.resolve(ENTRY));
        BackupContents first = count(scratch);
        BackupContents second = count(scratch);
        if (!first.equals(second)) {
            throw new StoreException(StoreException.Reason.CORRUPT, "backup reads differently when opened again: " + zip);
        }
        return first;
    }

    /** Puts the database file of {@code zip} in {@code folder} in place of the current one (which must be closed). */
    public static void putInPlace(Path zip, Path folder) {
        Path target = folder.resolve(ENTRY);
        Path temp = sibling(target, ".restoring");
        extract(zip, temp);
        try {
            AtomicFile.moveIntoPlace(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "database could not be replaced in " + folder, e);
        }
    }

    /**
     * Zips the closed database file of {@code folder} as it is, damaged or not: what a restore replaces is
     * kept, even when it cannot be opened any more.
     */
    public static void zipClosed(Path folder, Path zip) {
        Path source = folder.resolve(ENTRY);
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            AtomicFile.write(zip, stream -> {
                ZipOutputStream out = new ZipOutputStream(stream);
                out.putNextEntry(new ZipEntry(ENTRY));
                Files.copy(source, out);
                out.closeEntry();
                out.finish();
            });
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "could not keep a copy of " + source, e);
        }
    }

    private static BackupContents count(Path folder) {
        try (Database database = Database.openEmbedded(folder)) {
            return database.inTransaction(c -> new BackupContents(
                    Jdbc.queryLong(c, "SELECT COUNT(*) FROM plan"), Jdbc.queryLong(c, "SELECT COUNT(*) FROM task"),
                    Jdbc.queryLong(c, "SELECT COUNT(*) FROM progress_update"),
                    Jdbc.queryLong(c, "SELECT COUNT(*) FROM org_unit")));
        }
    }

    /** Writes the zip's one database entry to {@code target}; anything else in the zip means it is not ours. */
    private static void extract(Path zip, Path target) {
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = next(in, zip); entry != null; entry = next(in, zip)) {
                if (!entry.getName().equals(ENTRY) || found) {
                    throw notOurs(zip);
                }
                found = true;
                copyBounded(in, target, zip);
            }
        } catch (IOException e) {
            deleteQuietly(target);
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "backup could not be read or extracted: " + zip, e);
        } catch (StoreException e) {
            deleteQuietly(target);
            throw e;
        }
        if (!found) {
            throw notOurs(zip);
        }
    }

    /** Reading a zip fails on a damaged file (CORRUPT); writing what it holds fails on the disk (NOT_WRITABLE). */
    private static ZipEntry next(ZipInputStream in, Path zip) {
        try {
            return in.getNextEntry();
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CORRUPT, "damaged zip: " + zip, e);
        }
    }

    private static int read(InputStream in, byte[] buffer, Path zip) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CORRUPT, "damaged zip: " + zip, e);
        }
    }

    private static void copyBounded(InputStream in, Path target, Path zip) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            for (int n = read(in, buffer, zip); n >= 0; n = read(in, buffer, zip)) {
                written += n;
                if (written > MAX_DATABASE_BYTES) {
                    throw new StoreException(StoreException.Reason.CORRUPT, "backup expands beyond any real database");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static StoreException notOurs(Path zip) {
        return new StoreException(StoreException.Reason.NOT_OURS, "not a backup of this application: " + zip);
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp file is harmless: it never has the name of a backup or a database
        }
    }

    /** Deletes {@code folder} and what is in it (a scratch folder used for a verification). */
    public static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(EmbeddedBackup::deleteQuietly);
        } catch (IOException ignored) {
            // the scratch folder lives in the system's temporary folder; it is cleaned up there at worst
        }
    }
}
