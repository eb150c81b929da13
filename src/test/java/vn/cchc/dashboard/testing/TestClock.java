package vn.cchc.dashboard.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Fixed clocks: tests never depend on the day they run. */
public final class TestClock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The sample's "today" in the tests: late in the year, so every deadline category has members. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private TestClock() {
    }

    public static Clock on(LocalDate day) {
        return Clock.fixed(ZonedDateTime.of(day.atTime(10, 0), VIETNAM).toInstant(), VIETNAM);
    }

    public static Clock today() {
        return on(TODAY);
    }
}
