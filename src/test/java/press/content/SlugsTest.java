package press.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void titlesBecomeLowercaseAsciiWordsJoinedByDashes() {
        assertEquals("caching-pages-a-guide", Slugs.of("Caching pages: a guide!"));
        assertEquals("creme-brulee-for-devs", Slugs.of("Crème brûlée for devs"));
        assertEquals("", Slugs.of("!!!"));
        String longTitle = "word ".repeat(40);
        String slug = Slugs.of(longTitle);
        assertTrue(slug.length() <= 80 && !slug.endsWith("-"), slug);
    }

    @Test
    void termsKeepPlusAndSharpApart() {
        assertEquals("c-plus-plus", Slugs.term("C++"));
        assertEquals("c-sharp", Slugs.term("C#"));
        assertEquals("c", Slugs.term("c"));
        assertEquals("python-services", Slugs.term("python services"));
        assertEquals("ci-cd", Slugs.term("CI/CD"));
    }

    @Test
    void authorSlugsMustBeOneSafePathSegment() {
        assertTrue(Slugs.valid("my-post_2.0"));
        assertFalse(Slugs.valid("../etc"));
        assertFalse(Slugs.valid("a/b"));
        assertFalse(Slugs.valid(".hidden"));
        assertFalse(Slugs.valid("a..b"));
        assertFalse(Slugs.valid("with space"));
    }

    @Test
    void aSafePartIsKeptAsWrittenInAPathWhereAnAuthorSlugMayNotHoldTwoDots() {
        assertTrue(Slugs.safePart("docs_v2"));
        assertTrue(Slugs.safePart("a..b"), "a path part, unlike a slug, may hold two dots");
        assertFalse(Slugs.safePart(".."));
        assertFalse(Slugs.safePart("-x"));
        assertFalse(Slugs.safePart("My Docs"));
        assertFalse(Slugs.safePart(""));
    }

    @Test
    void aNameBecomesATitle() {
        assertEquals("Getting started", Slugs.humanize("getting-started"));
        assertEquals("Api reference", Slugs.humanize("api_reference"));
        assertEquals("-", Slugs.humanize("-"), "a name of dashes only stays as it is");
    }
}
