package press.cli;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build's "now": --now before SOURCE_DATE_EPOCH, never the machine's clock, and bad values named. */
class ClockTest {
    @Test
    void nowTakesADateOrATimeWithAnOffset() {
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), Clock.of("2024-05-01", null).now());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), Clock.of("2024-05-01T12:00:00+02:00", null).now());
        assertEquals("--now", Clock.of("2024-05-01", "0").source(), "--now wins over SOURCE_DATE_EPOCH");
    }

    @Test
    void sourceDateEpochIsSecondsSince1970() {
        Clock c = Clock.of(null, " 86400 ");
        assertEquals(Instant.parse("1970-01-02T00:00:00Z"), c.now());
        assertEquals("SOURCE_DATE_EPOCH", c.source());
        assertTrue(c.shown().startsWith("1970-01-02T00:00:00Z (SOURCE_DATE_EPOCH); "), c.shown());
    }

    @Test
    void neitherGivenIsNoNowAndSaysSo() {
        for (String epoch : new String[] {null, "", "  "}) {
            Clock c = Clock.of(null, epoch);
            assertNull(c.now());
            assertEquals("not set (--now or SOURCE_DATE_EPOCH), so publishDate and expiryDate leave nothing out", c.shown());
        }
    }

    @Test
    void badValuesAreNamedWithWhatWasExpected() {
        assertEquals("--now expects a time such as 2024-05-01T12:00:00Z or a date such as 2024-05-01, got \"yesterday\"",
                assertThrows(IllegalArgumentException.class, () -> Clock.of("yesterday", null)).getMessage());
        assertEquals("--now expects a time such as 2024-05-01T12:00:00Z or a date such as 2024-05-01, got \"2024-05-01T12:00\"",
                assertThrows(IllegalArgumentException.class, () -> Clock.of("2024-05-01T12:00", null)).getMessage(), "a time needs its offset");
        assertEquals("SOURCE_DATE_EPOCH must be whole seconds since 1970, got \"1.5\"",
                assertThrows(IllegalArgumentException.class, () -> Clock.of(null, "1.5")).getMessage());
    }
}
