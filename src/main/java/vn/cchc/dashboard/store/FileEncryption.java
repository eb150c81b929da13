package vn.cchc.dashboard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts, decrypts or re-keys a copy of a closed embedded database with H2's {@link ChangeFileEncryption}.
 * H2 rewrites the file it is given in place, so it only ever gets a copy in a work folder; the caller verifies the
 * result before anything replaces the original.
 */
public final class FileEncryption {

    /** Converts the database file in a work folder from one key to another (null: unencrypted). */
    @FunctionalInterface
    public interface Converter {
        void convert(Path workFolder, DatabaseKey from, DatabaseKey to);
    }

    /** H2's own converter. */
    public static final Converter H2 = FileEncryption::convertInPlace;

    private FileEncryption() {
    }

    /**
     * Copies the closed database of {@code folder} into {@code workFolder} (emptied first) and converts the copy.
     *
     * @return the converted copy; the original is untouched
     */
    public static Path convertedCopy(Path folder, Path workFolder, DatabaseKey from, DatabaseKey to, Converter converter) {
        Path source = folder.resolve(EmbeddedBackup.ENTRY);
        Path copy = workFolder.resolve(EmbeddedBackup.ENTRY);
        try {
            EmbeddedBackup.deleteFolder(workFolder);
            Files.createDirectories(workFolder);
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "cannot copy " + source + " to " + workFolder, e);
        }
        converter.convert(workFolder, from, to);
        if (to != null) {
            to.marker().writeTo(workFolder);
        }
        return copy;
    }

    private static void convertInPlace(Path workFolder, DatabaseKey from, DatabaseKey to) {
        try {
            ChangeFileEncryption.execute(workFolder.toString(), Database.EMBEDDED_NAME, "AES",
                    from == null ? null : from.filePassword(), to == null ? null : to.filePassword(), true);
        } catch (SQLException e) {
            throw SqlFailures.translate(e);
        } catch (RuntimeException e) {
            // H2's storage layer reports a full disk or a damaged page as an unchecked exception
            throw new StoreException(StoreException.Reason.FAILED, "conversion failed in " + workFolder, e);
        }
    }
}
