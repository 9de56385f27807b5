package press.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which scheduled content a build shows, judged against the given now only, with the boundaries exact. */
class ScheduleTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final OffsetDateTime AT_NOW = OffsetDateTime.ofInstant(NOW, ZoneOffset.ofHours(2));
    private static final OffsetDateTime BEFORE = AT_NOW.minusSeconds(1);
    private static final OffsetDateTime AFTER = AT_NOW.plusSeconds(1);

    @Test
    void withoutANowNothingIsLeftOut() {
        assertTrue(Schedule.NONE.shows(AFTER.plusYears(10), BEFORE.minusYears(10)));
    }

    @Test
    void aPublishDateAfterNowIsLeftOutUnlessFutureAndOneAtNowIsShown() {
        Schedule s = new Schedule(NOW, false, false);
        assertFalse(s.shows(AFTER, null));
        assertTrue(s.shows(AT_NOW, null), "published at this very second: shown (the zone does not matter)");
        assertTrue(s.shows(BEFORE, null));
        assertTrue(new Schedule(NOW, true, false).shows(AFTER, null));
    }

    @Test
    void anExpiryDateAtOrBeforeNowIsLeftOutUnlessExpired() {
        Schedule s = new Schedule(NOW, false, false);
        assertFalse(s.shows(null, BEFORE));
        assertFalse(s.shows(null, AT_NOW), "expiring at this very second: gone");
        assertTrue(s.shows(null, AFTER));
        assertTrue(new Schedule(NOW, false, true).shows(null, BEFORE));
        assertFalse(new Schedule(NOW, false, true).shows(AFTER, BEFORE), "--expired does not show the future");
    }
}
