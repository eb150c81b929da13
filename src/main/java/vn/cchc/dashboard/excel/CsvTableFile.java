package vn.cchc.dashboard.excel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * A CSV file in any encoding {@link TextEncoding} recognises, fields separated by commas, semicolons or tabs,
 * whichever the file uses most, quoted as RFC 4180 says (quotes doubled, line breaks inside quotes). Read as a stream.
 */
final class CsvTableFile implements TableFile {

    private final Path file;
    private final String name;
    private final TextEncoding.Detected encoding;
    private final char separator;

    CsvTableFile(Path file, byte[] head) {
        this.file = file;
        this.name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        this.encoding = TextEncoding.of(file, head);
        this.separator = separator();
    }

    @Override
    public List<Sheet> sheets() {
        return List.of(new Sheet(name, false));
    }

    @Override
    public List<ImportProblem> notes() {
        // Only the Windows code page is a guess worth a look: any byte sequence decodes in it, right or wrong.
        return encoding.charset().equals(TextEncoding.WINDOWS_VIETNAMESE)
                ? List.of(ImportProblem.note(name, 0, null, "", "import.problem.encoding", encoding.charset().name()))
                : List.of();
    }

    @Override
    public void read(String sheet, Predicate<SourceRow> sink) {
        try (Reader in = reader()) {
            CsvRecords records = new CsvRecords(in, separator);
            int number = 0;
            for (List<String> fields = records.next(); fields != null; fields = records.next()) {
                if (!sink.test(new SourceRow(++number, fields))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw ReadFailures.translate(e, file.toString());
        }
    }

    /** The separator used most outside quotes in the first lines (title lines above the header have none). */
    private char separator() {
        int[] counts = new int[3];
        char[] candidates = {',', ';', '\t'};
        try (BufferedReader in = new BufferedReader(reader())) {
            boolean quoted = false;
            int lines = 0;
            for (int ch = in.read(); ch >= 0 && lines < 30; ch = in.read()) {
                if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == '\n' && !quoted) {
                    lines++;
                } else if (!quoted) {
                    for (int i = 0; i < candidates.length; i++) {
                        counts[i] += ch == candidates[i] ? 1 : 0;
                    }
                }
            }
        } catch (IOException e) {
            throw ReadFailures.translate(e, file.toString());
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return candidates[best];
    }

    private Reader reader() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.markLength());
        return new BufferedReader(new InputStreamReader(in, encoding.charset()));
    }

    @Override
    public void close() {
        // every read opens and closes its own stream
    }

    /** RFC 4180 records from a character stream, one at a time. */
    private static final class CsvRecords {
        private final Reader in;
        private final char separator;
        private boolean ended;

        CsvRecords(Reader in, char separator) {
            this.in = in;
            this.separator = separator;
        }

        List<String> next() throws IOException {
            if (ended) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int ch = in.read();
            if (ch < 0) {
                ended = true;
                return null;
            }
            for (; ch >= 0; ch = in.read()) {
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        if (in.read() == '"') {
                            field.append('"');
                        } else {
                            in.reset();
                            quoted = false;
                        }
                    } else {
                        field.append((char) ch);
                    }
                } else if (ch == '"' && field.length() == 0) {
                    quoted = true;
                } else if (ch == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n') {
                    break;
                } else if (ch != '\r') {
                    field.append((char) ch);
                }
            }
            ended = ch < 0;
            fields.add(field.toString());
            return fields;
        }
    }
}
