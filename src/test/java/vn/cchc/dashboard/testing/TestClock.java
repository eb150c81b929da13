package vn.cchc.dashboard.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicLong;

/** Fixed clocks (and one that ticks from a fixed start): tests never depend on the day they run. */
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

    /**
     * A clock that starts at 10:00 on {@code day} and reads a millisecond later each time it is asked (from any
     * thread): for tests where the order of instants matters, as a form made before the updates imported from it.
     */
    public static Clock ticking(LocalDate day) {
        Instant start = ZonedDateTime.of(day.atTime(10, 0), VIETNAM).toInstant();
        AtomicLong ticks = new AtomicLong();
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return VIETNAM;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("the tests' clocks stay in Vietnam's time");
            }

            @Override
            public Instant instant() {
                return start.plusMillis(ticks.incrementAndGet());
            }
        };
    }
}
