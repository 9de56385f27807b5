package press.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which line of a content file is named when its address clashes with another's. */
class PathOriginsTest {
    @TempDir
    Path site;

    private PathOrigins with(String source, String text) throws IOException {
        Path f = site.resolve(source);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return new PathOrigins(site);
    }

    @Test
    void aPageIsPlacedAtUrlThenPermalinkThenSlugAndAPostAlsoAtItsTitle() throws IOException {
        PathOrigins o = with("content/a.md", "---\ntitle: A\nslug: s\npermalink: /p/\nurl: /u/\n---\n");
        assertEquals("content/a.md:5:1", o.page("content/a.md").toString(), "url: wins over permalink: and slug:");
        with("content/b.md", "---\ntitle: B\nslug: s\npermalink: /p/\n---\n");
        assertEquals("content/b.md:4:1", o.page("content/b.md").toString());
        with("content/c.md", "---\ntitle: C\ndate: 2024-01-01\n---\n");
        assertEquals("content/c.md:1:1", o.page("content/c.md").toString(), "a page's path from its file name: line 1");
        assertEquals("content/c.md:2:1", o.post("content/c.md").toString(), "a post's slug is made from its title");
        assertEquals("content/c.md:2:1", o.slug("content/c.md").toString());
        assertEquals("content/b.md:3:1", o.slug("content/b.md").toString(), "slug: before title:");
    }

    @Test
    void anAliasIsPlacedAtItsEntryWrittenWithOrWithoutSlashes() throws IOException {
        PathOrigins o = with("content/a.md", "---\ntitle: A\naliases:\n  - /one\n  - two/\nredirect_from: /three/\n---\n");
        assertEquals("content/a.md:5:5", o.alias("content/a.md", "two/").toString());
        assertEquals("content/a.md:4:5", o.alias("content/a.md", "one/").toString(), "/one names the site path one/");
        assertEquals("content/a.md:6:16", o.alias("content/a.md", "three/").toString(), "one redirect_from: value, not a list");
        assertEquals("content/a.md:3:1", o.alias("content/a.md", "other/").toString(), "no entry names it: the aliases: key");
        with("content/b.md", "---\ntitle: B\n---\n");
        assertEquals("content/b.md:1:1", o.alias("content/b.md", "x/").toString());
    }

    @Test
    void inTomlWhereTheParserKeepsNoPlacesTheLineHoldingTheKeyIsFound() throws IOException {
        PathOrigins o = with("content/t.md", "+++\ntitle = \"T\"\n  slug = \"s\"\n+++\nbody with slug in it\n");
        assertEquals("content/t.md:3:3", o.slug("content/t.md").toString());
        with("content/u.md", "+++\ntitle = \"U\"\naliases = [\"/old/\", \"/older/\"]\n+++\n");
        assertEquals("content/u.md:3:22", o.alias("content/u.md", "older/").toString(), "the quoted value's line and column");
    }

    @Test
    void aFileThatIsGoneOrDoesNotReadIsNamedAtLineOne() throws IOException {
        PathOrigins o = with("content/bad.md", "---\ntitle: [unclosed\n---\n");
        assertEquals("content/bad.md:1:1", o.page("content/bad.md").toString());
        assertEquals("content/gone.md:1:1", o.post("content/gone.md").toString());
        assertEquals("content/gone.md:1:1", o.alias("content/gone.md", "a/").toString());
    }
}
