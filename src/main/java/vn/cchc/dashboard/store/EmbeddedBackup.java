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
 * so a full disk or a crash never leaves half a backup or half a database. A backup of an encrypted database
 * stays encrypted (H2 copies the file's encrypted pages) and carries the {@link EncryptionMarker} beside it, so
 * that the same passphrase opens it wherever it is restored.
 */
public final class EmbeddedBackup {

    /** The database file inside a backup, as H2 names it. */
    static final String ENTRY = Database.EMBEDDED_NAME + ".mv.db";
    /** A marker is a few lines; anything longer under its name is not ours. */
    private static final int MAX_MARKER_BYTES = 4096;
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
            if (database.key() != null) {
                Path marked = sibling(zip, ".marked.tmp");
                try {
                    AtomicFile.write(marked, out -> withMarker(temp, out, database.key().marker()));
                    AtomicFile.moveIntoPlace(marked, temp);
                } finally {
                    deleteQuietly(marked);
                }
            }
            AtomicFile.moveIntoPlace(temp, zip);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw StoreException.writeFailed("backup could not be written: " + zip, e,
                    zip.toAbsolutePath().getParent());
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
        return verify(zip, scratch, KeySource.NONE);
    }

    /** As {@link #verify(Path, Path)}; an encrypted backup is opened with the key {@code keys} gives for it. */
    public static BackupContents verify(Path zip, Path scratch, KeySource keys) {
        EncryptionMarker marker = extract(zip, scratch.resolve(ENTRY));
        if (marker != null) {
            marker.writeTo(scratch);
        }
        BackupContents first = count(scratch, keys);
        BackupContents second = count(scratch, keys);
        if (!first.equals(second)) {
            throw new StoreException(StoreException.Reason.CORRUPT, "backup reads differently when opened again: " + zip);
        }
        return first;
    }

    /** Puts the database file of {@code zip} in {@code folder} in place of the current one (which must be closed). */
    public static void putInPlace(Path zip, Path folder) {
        Path target = folder.resolve(ENTRY);
        Path temp = sibling(target, ".restoring");
        EncryptionMarker marker = extract(zip, temp);
        try {
            if (marker != null) {
                marker.writeTo(folder);
            }
            AtomicFile.moveIntoPlace(temp, target);
        } catch (IOException | StoreException e) {
            deleteQuietly(temp);
            throw StoreException.writeFailed("database could not be replaced in " + folder, e, folder.toAbsolutePath());
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
                if (EncryptionMarker.isEncrypted(source) && Files.exists(folder.resolve(EncryptionMarker.FILE_NAME))) {
                    out.putNextEntry(new ZipEntry(EncryptionMarker.FILE_NAME));
                    Files.copy(folder.resolve(EncryptionMarker.FILE_NAME), out);
                    out.closeEntry();
                }
                out.finish();
            });
        } catch (IOException e) {
            throw StoreException.writeFailed("could not keep a copy of " + source, e, zip.toAbsolutePath().getParent());
        }
    }

    /**
     * True when the database inside the backup {@code zip} is encrypted, told by the file's own header (as for a
     * database in place), not by a marker entry that a damaged or foreign zip could carry.
     */
    public static boolean holdsEncrypted(Path zip) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = next(in, zip); entry != null; entry = next(in, zip)) {
                if (entry.getName().equals(ENTRY)) {
                    return EncryptionMarker.startsEncrypted(in);
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CORRUPT, "backup could not be read: " + zip, e);
        }
        throw notOurs(zip);
    }

    /**
     * Writes to {@code encryptedZip} the unencrypted backup {@code plainZip} encrypted with {@code key}, converted in
     * the empty folder {@code scratch}; {@code plainZip} is untouched, and the caller verifies the result before it
     * replaces anything.
     */
    public static void encryptedCopy(Path plainZip, Path scratch, DatabaseKey key, FileEncryption.Converter converter,
                                     Path encryptedZip) {
        if (extract(plainZip, scratch.resolve(ENTRY)) != null) {
            throw new StoreException(StoreException.Reason.FAILED, "backup is already encrypted: " + plainZip);
        }
        converter.convert(scratch, null, key);
        key.marker().writeTo(scratch);
        zipClosed(scratch, encryptedZip);
    }

    /** Copies the zip {@code source} into {@code target}, with {@code marker} as one more entry. */
    private static void withMarker(Path source, java.io.OutputStream target, EncryptionMarker marker) throws IOException {
        ZipOutputStream out = new ZipOutputStream(target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        out.putNextEntry(new ZipEntry(EncryptionMarker.FILE_NAME));
        out.write(marker.bytes());
        out.closeEntry();
        out.finish();
    }

    /** What the database in {@code folder} holds (plans, tasks, updates, units), opened with {@code keys} if encrypted. */
    public static BackupContents count(Path folder, KeySource keys) {
        try (Database database = Database.openEmbedded(folder, keys)) {
            return database.inTransaction(c -> new BackupContents(
                    Jdbc.queryLong(c, "SELECT COUNT(*) FROM plan"), Jdbc.queryLong(c, "SELECT COUNT(*) FROM task"),
                    Jdbc.queryLong(c, "SELECT COUNT(*) FROM progress_update"),
                    Jdbc.queryLong(c, "SELECT COUNT(*) FROM org_unit")));
        }
    }

    /**
     * Writes the zip's one database entry to {@code target} and returns its encryption marker, if it has one;
     * anything else in the zip means it is not ours.
     */
    private static EncryptionMarker extract(Path zip, Path target) {
        boolean found = false;
        EncryptionMarker marker = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = next(in, zip); entry != null; entry = next(in, zip)) {
                if (entry.getName().equals(EncryptionMarker.FILE_NAME) && marker == null) {
                    marker = readMarker(in, zip);
                    continue;
                }
                if (!entry.getName().equals(ENTRY) || found) {
                    throw notOurs(zip);
                }
                found = true;
                copyBounded(in, target, zip);
            }
        } catch (IOException e) {
            deleteQuietly(target);
            throw StoreException.writeFailed("backup could not be read or extracted: " + zip, e,
                    target.toAbsolutePath().getParent());
        } catch (StoreException e) {
            deleteQuietly(target);
            throw e;
        }
        if (!found) {
            throw notOurs(zip);
        }
        return marker;
    }

    private static EncryptionMarker readMarker(InputStream in, Path zip) throws IOException {
        byte[] text = in.readNBytes(MAX_MARKER_BYTES + 1);
        if (text.length > MAX_MARKER_BYTES) {
            throw notOurs(zip);
        }
        try {
            return EncryptionMarker.parse(new java.io.StringReader(new String(text, java.nio.charset.StandardCharsets.UTF_8)), zip);
        } catch (StoreException e) {
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
