package press.content;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date forms Hugo and Jekyll authors write; no zone is UTC; impossible dates are refused. */
class DatesTest {
    private static Optional<OffsetDateTime> at(String iso) {
        return Optional.of(OffsetDateTime.parse(iso));
    }

    @Test
    void everyFormAuthorsWrite() {
        assertEquals(at("2024-05-01T00:00Z"), Dates.parse("2024-05-01"));
        assertEquals(at("2024-05-01T00:00Z"), Dates.parse("  2024-05-01 "));
        assertEquals(at("2024-05-01T10:00Z"), Dates.parse("2024-05-01T10:00:00Z"));
        assertEquals(at("2024-05-01T10:00+02:00"), Dates.parse("2024-05-01T10:00:00+02:00"));
        assertEquals(at("2024-05-01T10:00+02:00"), Dates.parse("2024-05-01 10:00:00 +0200"), "Jekyll's form");
        assertEquals(at("2024-05-01T10:00Z"), Dates.parse("2024-05-01 10:00"), "no seconds, no zone: UTC");
        assertEquals(at("2024-05-01T10:00:30.250Z"), Dates.parse("2024-05-01T10:00:30.25"));
        assertEquals(at("2024-02-29T00:00Z"), Dates.parse("2024-02-29"), "a leap day");
    }

    @Test
    void impossibleOrOtherTextIsRefused() {
        for (String bad : new String[] {"2024-02-30", "2023-02-29", "2024-13-01", "2024-05-01T25:00", "May 1, 2024", "2024/05/01",
                "", "2024-5-1", "2024-05-01T10:00:00+25:00"}) {
            assertEquals(Optional.empty(), Dates.parse(bad), bad);
        }
    }
}
