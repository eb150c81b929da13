package vn.cchc.dashboard.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One log file per day ({@code cchc-2026-11-23.log}), so that whoever helps a user asks for "the log of the day it
 * happened". Files older than {@code daysKept} days are deleted when a new day's file is opened, and a day's file
 * stops at {@code maxBytesPerDay} (a failure repeating in a loop must not fill the disk). The day is the record's
 * own time in {@code zone}, never the machine's clock read here, so the rotation is testable without waiting.
 * Every record is flushed: after a crash, the lines that explain it are on disk.
 */
final class DailyLogHandler extends Handler {

    private static final Pattern DAILY = Pattern.compile("cchc-(\\d{4}-\\d{2}-\\d{2})\\.log");
    /** The size-rotated files of earlier versions ({@code cchc-0.log} and its lock); removed with the old days. */
    private static final Pattern EARLIER_VERSION = Pattern.compile("cchc-\\d+\\.log(\\.lck)?");

    private final Path folder;
    private final ZoneId zone;
    private final int daysKept;
    private final long maxBytesPerDay;
    private LocalDate day;
    private Writer writer;
    private long written;
    private boolean limitNoted;

    DailyLogHandler(Path folder, ZoneId zone, int daysKept, long maxBytesPerDay) {
        this.folder = folder;
        this.zone = zone;
        this.daysKept = daysKept;
        this.maxBytesPerDay = maxBytesPerDay;
        setErrorManager(new Quiet());
    }

    /**
     * A log that cannot be written (a full disk, a read-only folder) says nothing: JUL's own error manager prints a
     * stack trace on stderr, where a command prints its one sentence and scripts read it. The application works on
     * without its log; the failure that matters is told by the work that met it.
     */
    private static final class Quiet extends ErrorManager {
        @Override
        public void error(String message, Exception failure, int code) {
            // nothing: see above
        }
    }

    static String fileName(LocalDate day) {
        return "cchc-" + day + ".log";
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        LocalDate recordDay = record.getInstant().atZone(zone).toLocalDate();
        try {
            if (writer == null || !recordDay.equals(day)) {
                open(recordDay);
            }
            String line = getFormatter().format(record);
            long size = line.getBytes(StandardCharsets.UTF_8).length;
            if (written + size > maxBytesPerDay) {
                if (!limitNoted) {
                    writer.write("… the log of " + day + " reached " + maxBytesPerDay + " bytes; later records of the day are dropped"
                            + System.lineSeparator());
                    writer.flush();
                    limitNoted = true;
                }
                return;
            }
            writer.write(line);
            writer.flush();
            written += size;
        } catch (IOException | RuntimeException e) {
            reportError("cannot write the log in " + folder, e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void open(LocalDate newDay) throws IOException {
        closeWriter();
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName(newDay));
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        written = Files.size(file);
        limitNoted = false;
        day = newDay;
        deleteOlderThan(newDay.minusDays(daysKept - 1L));
    }

    /** Deletes the daily files before {@code firstKept} and the files of the earlier size-rotated log. */
    private void deleteOlderThan(LocalDate firstKept) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "cchc-*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher daily = DAILY.matcher(name);
                if (daily.matches() && isBefore(daily.group(1), firstKept) || EARLIER_VERSION.matcher(name).matches()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static boolean isBefore(String date, LocalDate firstKept) {
        try {
            return LocalDate.parse(date).isBefore(firstKept);
        } catch (DateTimeParseException e) {
            return false; // a name that only looks like ours: not ours to delete
        }
    }

    @Override
    public synchronized void flush() {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                reportError("cannot flush the log", e, ErrorManager.FLUSH_FAILURE);
            }
        }
    }

    @Override
    public synchronized void close() {
        closeWriter();
    }

    private void closeWriter() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                reportError("cannot close the log", e, ErrorManager.CLOSE_FAILURE);
            }
            writer = null;
        }
    }
}
