package press.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The archive planner's own rules; its year and month pages (grouping by the date as written,
 * newest first, paging, heads) are pinned on a built site by {@code pipeline.ArchiveTest}.
 */
class ArchivePlannerTest {
    @Test
    void aMonthIsNamedInEnglishWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("May 2024", ArchivePlanner.monthName(2024, 5));
            assertEquals("December 2023", ArchivePlanner.monthName(2023, 12));
            assertEquals("January 1999", ArchivePlanner.monthName(1999, 1));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void noPostsNoArchive() {
        assertEquals(List.of(), new ArchivePlanner("t", null, null, null).plan(List.of(), (head, trail, years) -> {
            throw new AssertionError("no archive index without posts");
        }));
    }
}
