package press.content;

import org.junit.jupiter.api.Test;
import press.config.PermalinkPattern;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jekyll's and Hugo's permalink placeholders and styles filled in for one post. */
class PermalinksTest {
    private static final Permalinks.Fields POST = new Permalinks.Fields(OffsetDateTime.parse("2016-06-03T13:21:02-07:00"),
            "hello-world", "hello", List.of("Post Formats", "jekyll", "jekyll"), "posts");

    @Test
    void placeholdersAsJekyllAndHugoDefineThem() {
        assertEquals("2016/06/03/hello/", Permalinks.expand("/:year/:month/:day/:title/", POST));
        assertEquals("2016/6/3/hello-world/", Permalinks.expand("/:year/:i_month/:i_day/:slug/", POST));
        assertEquals("news/16/155/13-21-02/", Permalinks.expand("/news/:short_year/:y_day/:hour-:minute-:second/", POST));
        assertEquals("post-formats/jekyll/hello.html", Permalinks.expand("/:categories/:title.html", POST));
        assertEquals("posts/june/hello-world/", Permalinks.expand("/:section/:monthname/:slugorfilename/", POST));
    }

    @Test
    void jekyllStylesAndEmptyCategories() {
        assertEquals("post-formats/jekyll/2016/06/03/hello/", Permalinks.expand("pretty", POST));
        assertEquals("post-formats/jekyll/2016/06/03/hello.html", Permalinks.expand("date", POST));
        assertEquals("post-formats/jekyll/2016/155/hello.html", Permalinks.expand("ordinal", POST));
        Permalinks.Fields none = new Permalinks.Fields(POST.date(), "x", "x", List.of(), "posts");
        assertEquals("x.html", Permalinks.expand("none", none));
        assertEquals("2016/06/03/x/", Permalinks.expand("pretty", none), "no categories: no empty path part");
    }

    @Test
    void wrongPatternsSayWhat() {
        assertTrue(PermalinkPattern.check("/:yr/:title/").startsWith("unknown placeholder :yr, expected one of [:categories, :collection, :contentbasename, :day,"));
        assertNull(PermalinkPattern.check("/:year/:title/"));
        assertNull(PermalinkPattern.check("pretty"));
        Permalinks.Fields undated = new Permalinks.Fields(null, "x", "x", List.of(), "docs");
        assertEquals(":year needs a date, expected a date: field or another pattern",
                assertThrows(IllegalArgumentException.class, () -> Permalinks.expand("/:year/:slug/", undated)).getMessage());
        Permalinks.Fields odd = new Permalinks.Fields(POST.date(), "x", "x", List.of(), "a b");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Permalinks.expand("/:section/:slug/", odd)).getMessage()
                .startsWith("gives the path /a b/x/, expected parts of"));
        assertFalse(Permalinks.hasPlaceholders("/old/path.html"));
        assertTrue(Permalinks.hasPlaceholders("date"));
    }
}
