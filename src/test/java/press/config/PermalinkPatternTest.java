package press.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jekyll's named styles, and which placeholders a permalink pattern may hold. */
class PermalinkPatternTest {
    @Test
    void aStyleNameIsItsPatternAndAnythingElseIsItself() {
        assertEquals("/:categories/:year/:month/:day/:title/", PermalinkPattern.of("pretty"));
        assertEquals("/:categories/:year/:month/:day/:title:output_ext", PermalinkPattern.of(" date "));
        assertEquals("/:categories/:title:output_ext", PermalinkPattern.of("none"));
        assertEquals("/blog/:slug/", PermalinkPattern.of(" /blog/:slug/ "));
        assertEquals("Pretty", PermalinkPattern.of("Pretty"), "styles are lower case, as in Jekyll");
    }

    @Test
    void everyPlaceholderMustBeKnown() {
        for (String ok : new String[] {"pretty", "ordinal", "weekdate", "/:year/:month/:day/:title/", "/:section/:slug/", "/posts/", "/:i_month/:short_year/:name"}) {
            assertNull(PermalinkPattern.check(ok), ok);
        }
        String wrong = PermalinkPattern.check("/:year/:titel/");
        assertTrue(wrong.startsWith("unknown placeholder :titel, expected one of [:categories, :collection, :contentbasename, :day, "), wrong);
        assertTrue(wrong.endsWith(":yearday] or a style (pretty, date, ordinal, weekdate, none)"), wrong);
        assertTrue(PermalinkPattern.check("/:slug/:Title/") == null, "a placeholder is lower case: :T is not one, it stays text");
    }
}
