package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A secret given as a file on the command line (a password, a passphrase): its first line, nothing else. */
final class SecretFile {

    private SecretFile() {
    }

    /**
     * The first line of {@code file} without a leading byte-order mark (Notepad writes one) and surrounding blanks.
     *
     * @throws AppException (invalid input, {@code errorKey} naming the file) when it cannot be read
     */
    static String firstLine(Path file, String errorKey) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0).replace("\uFEFF", "").strip();
        } catch (IOException e) {
            throw AppException.invalidInput(errorKey, file.toAbsolutePath());
        }
    }
}
