package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.testing.TestClock;

class DailyLogHandlerTest {

    @TempDir
    Path logs;

    @Test
    void eachDayGoesToItsOwnFileByTheRecordsTimeInTheZone() throws IOException {
        DailyLogHandler handler = handler(30, 1_000_000);
        handler.publish(record("late evening", LocalDate.of(2026, 11, 22), 23));
        handler.publish(record("after midnight", LocalDate.of(2026, 11, 23), 0));
        handler.close();

        assertThat(read("cchc-2026-11-22.log")).isEqualTo("late evening\n");
        assertThat(read("cchc-2026-11-23.log")).isEqualTo("after midnight\n");
    }

    @Test
    void aRestartTheSameDayAppendsToThatDaysFile() throws IOException {
        LocalDate day = LocalDate.of(2026, 11, 23);
        DailyLogHandler first = handler(30, 1_000_000);
        first.publish(record("first start", day, 9));
        first.close();
        DailyLogHandler second = handler(30, 1_000_000);
        second.publish(record("second start", day, 14));
        second.close();

        assertThat(read("cchc-2026-11-23.log")).isEqualTo("first start\nsecond start\n");
    }

    @Test
    void daysOlderThanTheKeptOnesAndTheEarlierSizeRotatedLogsAreDeleted() throws IOException {
        for (String name : new String[] {"cchc-2026-10-24.log", "cchc-2026-10-25.log", "cchc-2026-11-20.log",
                "cchc-0.log", "cchc-1.log", "cchc-0.log.lck", "notes.txt", "cchc-summary.log"}) {
            Files.writeString(logs.resolve(name), "x");
        }
        DailyLogHandler handler = handler(30, 1_000_000);
        handler.publish(record("today", LocalDate.of(2026, 11, 23), 10));
        handler.close();

        try (var files = Files.list(logs)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "cchc-2026-10-25.log", "cchc-2026-11-20.log", "cchc-2026-11-23.log", "notes.txt", "cchc-summary.log");
        }
    }

    @Test
    void aDayStopsAtItsLimitWithOneNoteAndTheNextDayStartsAfresh() throws IOException {
        DailyLogHandler handler = handler(30, 100);
        LocalDate day = LocalDate.of(2026, 11, 23);
        for (int i = 0; i < 50; i++) {
            handler.publish(record("the same failure again " + i, day, 10));
        }
        handler.publish(record("a new day", day.plusDays(1), 8));
        handler.close();

        String full = read("cchc-2026-11-23.log");
        assertThat(full.lines().filter(l -> l.startsWith("the same failure"))).hasSize(4);
        assertThat(full).contains("reached 100 bytes").endsWith("dropped" + System.lineSeparator());
        assertThat(read("cchc-2026-11-24.log")).isEqualTo("a new day\n");
    }

    @Test
    void aLogThatCannotBeWrittenPrintsNothingOnStderrAndTheNextRecordTriesAgain() throws IOException {
        // A file where the folder should be: the log cannot be created, as in a read-only or full data folder,
        // without depending on permissions (which root ignores).
        Path blocked = Files.writeString(logs.resolve("blocked"), "not a folder");
        DailyLogHandler handler = handler(blocked, 30, 1_000_000);
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            handler.publish(record("lost", LocalDate.of(2026, 11, 23), 9));
            handler.publish(record("lost too", LocalDate.of(2026, 11, 23), 10));
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();

        Files.delete(blocked);
        handler.publish(record("written once the folder can be made", LocalDate.of(2026, 11, 23), 11));
        handler.close();
        assertThat(Files.readString(blocked.resolve("cchc-2026-11-23.log")))
                .isEqualTo("written once the folder can be made\n");
    }

    private DailyLogHandler handler(int daysKept, long maxBytes) {
        return handler(logs, daysKept, maxBytes);
    }

    private DailyLogHandler handler(Path folder, int daysKept, long maxBytes) {
        DailyLogHandler handler = new DailyLogHandler(folder, TestClock.VIETNAM, daysKept, maxBytes);
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return record.getMessage() + "\n";
            }
        });
        return handler;
    }

    private static LogRecord record(String message, LocalDate day, int hour) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setInstant(ZonedDateTime.of(day.atTime(hour, 30), TestClock.VIETNAM).toInstant());
        return record;
    }

    private String read(String name) throws IOException {
        return Files.readString(logs.resolve(name), StandardCharsets.UTF_8);
    }
}
