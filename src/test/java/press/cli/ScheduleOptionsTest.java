package press.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import press.model.Schedule;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --now}, {@code --future}, {@code --expired}: each switch lets in only its own kind of
 * scheduled content, and --now wins over SOURCE_DATE_EPOCH. (Together, through serve:
 * {@code ServeCommandTest}; the clock's parsing: {@code ClockTest}.)
 */
class ScheduleOptionsTest {
    private static final OffsetDateTime LATER = OffsetDateTime.parse("2024-06-01T00:00:00Z");
    private static final OffsetDateTime EARLIER = OffsetDateTime.parse("2024-04-01T00:00:00Z");

    private static ScheduleOptions parse(String... args) {
        ScheduleOptions options = new ScheduleOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    private static Schedule schedule(String... args) {
        ScheduleOptions options = parse(args);
        return options.schedule(options.clock(null));
    }

    @Test
    void futureLetsInOnlyLaterPublishDates() {
        Schedule s = schedule("--now", "2024-05-01", "--future");
        assertTrue(s.shows(LATER, null), "published later");
        assertFalse(s.shows(null, EARLIER), "expired is still left out");
    }

    @Test
    void expiredLetsInOnlyPastExpiryDates() {
        Schedule s = schedule("--now", "2024-05-01", "--expired");
        assertTrue(s.shows(null, EARLIER), "expired");
        assertFalse(s.shows(LATER, null), "published later is still left out");
    }

    @Test
    void nowWinsOverSourceDateEpochWhichIsUsedWithoutIt() {
        ScheduleOptions given = parse("--now", "2024-05-01");
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), given.clock("0").now());
        assertEquals("--now", given.clock("0").source());
        ScheduleOptions none = parse();
        assertEquals(Instant.EPOCH, none.clock("0").now());
        assertNull(none.clock(null).now());
        assertEquals(new Schedule(null, false, false), none.schedule(none.clock(null)));
    }
}
