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
    void theQuickFormsGiveWhatTheFormattersGive() {
        java.util.Random random = new java.util.Random(7);
        String[] odd = {"2024-05-01", "2024-05-01T10:00:00Z", "0000-01-01", "9999-12-31T23:59:59Z", "2024-02-29", "2023-02-29", "2024-04-31",
            "2024-00-10", "2024-13-01", "2024-05-00", "2024-05-01T24:00:00Z", "2024-05-01T23:60:00Z", "2024-05-01T23:59:60Z",
            "2024-05-01t10:00:00Z", "2024-05-01T10:00:00z", "2024-05-01T10-00-00Z", "2024_05-01", "2O24-05-01", "２０２４-05-01",
            "2024-05-01T10:00:0aZ", "-024-05-01", "+024-05-01"};
        for (String s : odd) assertEquals(Dates.formatted(s), Dates.parse(s), s);
        String digits = "0123456789";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder year = new StringBuilder();
            for (int k = 0; k < 4; k++) year.append(digits.charAt(random.nextInt(10)));
            String date = String.format("%s-%02d-%02d", year, random.nextInt(15), random.nextInt(35));
            String s = random.nextBoolean() ? date
                    : String.format("%sT%02d:%02d:%02dZ", date, random.nextInt(26), random.nextInt(62), random.nextInt(62));
            assertEquals(Dates.formatted(s), Dates.parse(s), s);
        }
    }

    @Test
    void impossibleOrOtherTextIsRefused() {
        for (String bad : new String[] {"2024-02-30", "2023-02-29", "2024-13-01", "2024-05-01T25:00", "May 1, 2024", "2024/05/01",
                "", "2024-5-1", "2024-05-01T10:00:00+25:00"}) {
            assertEquals(Optional.empty(), Dates.parse(bad), bad);
        }
    }
}
