package vn.cchc.dashboard.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds readable text of the data in a folder, as {@code strings} would, and inside zips as {@code unzip} would:
 * every file under the folder (recursively) and every entry of every zip in it is scanned for the UTF-8 bytes of each
 * needle.
 */
public final class PlainText {

    private PlainText() {
    }

    /** "file" or "file!entry" for each place one of {@code needles} is found, empty when none is. */
    public static List<String> placesHolding(Path folder, String... needles) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (holds(bytes, needles)) {
                    found.add(folder.relativize(file).toString());
                }
                scanZip(new ByteArrayInputStream(bytes), folder.relativize(file).toString(), needles, found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static void scanZip(InputStream stream, String name, String[] needles, List<String> found) {
        try (ZipInputStream in = new ZipInputStream(stream)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (holds(bytes, needles)) {
                    found.add(name + "!" + entry.getName());
                }
                scanZip(new ByteArrayInputStream(bytes), name + "!" + entry.getName(), needles, found);
            }
        } catch (IOException notAZip) {
            // not a zip, or not one all through: its bytes were scanned as they are
        }
    }

    private static boolean holds(byte[] bytes, String[] needles) {
        for (String needle : needles) {
            byte[] n = needle.getBytes(StandardCharsets.UTF_8);
            outer:
            for (int i = 0; i + n.length <= bytes.length; i++) {
                for (int j = 0; j < n.length; j++) {
                    if (bytes[i + j] != n[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
