package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file cannot be opened at all, before anything is read from it: a missing file, a folder or a file the user may
 * not read each has its own sentence – none of them is a damaged file, and telling the user so sends him looking for a
 * problem that is not there.
 */
final class FileAccess {

    private FileAccess() {
    }

    /** @throws ImportFileException when {@code file} is missing, a folder, or not readable */
    static void requireReadableFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new ImportFileException(ImportFileException.Reason.FOLDER, file.toString());
        }
        if (!Files.exists(file)) {
            throw new ImportFileException(ImportFileException.Reason.MISSING, file.toString());
        }
        if (!Files.isReadable(file)) {
            throw new ImportFileException(ImportFileException.Reason.NO_PERMISSION, file.toString());
        }
    }

    /**
     * What an I/O failure on opening says about the file, when it says anything: the file may vanish or lose its
     * permissions between the check and the read (a network share, a USB stick pulled out). Null otherwise.
     */
    static ImportFileException explain(Throwable failure, String file) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException || t instanceof java.io.FileNotFoundException && isMissing(t)) {
                return new ImportFileException(ImportFileException.Reason.MISSING, file, failure);
            }
            if (t instanceof AccessDeniedException || t instanceof java.io.FileNotFoundException && isDenied(t)) {
                return new ImportFileException(ImportFileException.Reason.NO_PERMISSION, file, failure);
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null
                    && fs.getReason().toLowerCase(Locale.ROOT).contains("is a directory")) {
                return new ImportFileException(ImportFileException.Reason.FOLDER, file, failure);
            }
        }
        return null;
    }

    /** java.io reports every kind of failure to open as FileNotFoundException; only its text tells them apart. */
    private static boolean isMissing(Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("no such file") || message.contains("cannot find");
    }

    private static boolean isDenied(Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("permission denied") || message.contains("access is denied");
    }

    /** Reads the first bytes, turning an I/O failure into its reason. */
    static byte[] head(Path file, int length) {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        } catch (IOException e) {
            ImportFileException known = explain(e, file.toString());
            throw known != null ? known : new ImportFileException(ImportFileException.Reason.CORRUPT, file.toString(), e);
        }
    }
}
