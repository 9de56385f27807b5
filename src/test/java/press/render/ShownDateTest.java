package press.render;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShownDateTest {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    @Test
    void spellsEveryDateAsTheFormatterDoes() {
        Random random = new Random(3);
        int[] years = {-12, 0, 1, 9, 10, 99, 100, 999, 1000, 1970, 2024, 9999, 10000, 123456};
        for (int i = 0; i < 20_000; i++) {
            int year = i < years.length * 12 ? years[i % years.length] : random.nextInt(12_000) - 500;
            int month = 1 + random.nextInt(12);
            OffsetDateTime t = OffsetDateTime.of(year, month, 1, random.nextInt(24), 0, 0, 0, ZoneOffset.ofHours(random.nextInt(27) - 12))
                    .plusDays(random.nextInt(28));
            assertEquals(FORMAT.format(t), ShownDate.of(t), t.toString());
            assertEquals(t.toLocalDate().toString(), ShownDate.iso(t), t.toString());
            // asked again (kept for the years 1900-2199): the same text
            assertEquals(FORMAT.format(t), ShownDate.of(t.withOffsetSameLocal(ZoneOffset.UTC)), t.toString());
            assertEquals(t.toLocalDate().toString(), ShownDate.iso(t.withOffsetSameLocal(ZoneOffset.UTC)), t.toString());
        }
    }

    @Test
    void keptDatesAreTheirOwnAtTheEdgesOfTheYearsKept() {
        for (int year : new int[] {ShownDate.FIRST_YEAR - 1, ShownDate.FIRST_YEAR, ShownDate.LAST_YEAR, ShownDate.LAST_YEAR + 1}) {
            OffsetDateTime first = OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            OffsetDateTime last = OffsetDateTime.of(year, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC);
            for (OffsetDateTime t : new OffsetDateTime[] {first, last, first, last, last.minusDays(30), first.plusDays(59)}) {
                assertEquals(FORMAT.format(t), ShownDate.of(t), t.toString());
                assertEquals(t.toLocalDate().toString(), ShownDate.iso(t), t.toString());
            }
        }
    }
}
