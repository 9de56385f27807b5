package press.site;

import press.testing.SiteFixture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;
import press.pipeline.BuildResult;
import press.scaffold.SiteStarter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code press init} writes a site that builds with working links; {@code press new} adds a post and a page that build too. */
class StartingOutTest {
    @TempDir
    Path tmp;

    @Test
    void initThenNewPostAndPageBuildWithWorkingLinks() throws Exception {
        Path site = tmp.resolve("blog");
        assertEquals(Main.OK, Main.run("init", site.toString(), "--date", "2024-05-02"));
        assertEquals(Main.OK, Main.run("new", "post", "My first: real post", "--source", site.toString(), "--date", "2024-05-03"));
        assertEquals(Main.OK, Main.run("new", "page", "docs/install", "--source", site.toString()));
        assertEquals("---\ntitle: \"My first: real post\"\ndate: 2024-05-03\ntags: []\ndraft: false\n---\nWrite here.\n",
                Files.readString(site.resolve("content/posts/my-first-real-post.md"), StandardCharsets.UTF_8));
        assertEquals("---\ntitle: \"Install\"\n---\nWrite here.\n", Files.readString(site.resolve("content/docs/install.md"), StandardCharsets.UTF_8));
        for (String base : new String[] {null, "http://127.0.0.1:8080/blog/"}) {
            Path out = tmp.resolve("out" + (base == null ? "" : "-sub"));
            BuildResult r = SiteFixture.build(site, out, base, 2);
            assertEquals(List.of(), r.warnings());
            assertEquals(3, r.posts());
            assertEquals(2, r.contentPages());
            SortedMap<String, byte[]> tree = SiteFixture.tree(out);
            assertTrue(tree.containsKey("about/index.html") && tree.containsKey("docs/install/index.html") && tree.containsKey("docs/index.html"));
            assertEquals(List.of(), LinkChecker.check(tree, base != null ? base : "http://localhost:1313/").problems);
        }
        assertEquals(Main.USAGE, Main.run("init", site.toString()), "init refuses a folder that has a site");
        assertEquals(Main.USAGE, Main.run("new", "page", "docs/install", "--source", site.toString()), "new refuses to overwrite");
        assertEquals(Main.USAGE, Main.run("new", "page", "../outside", "--source", site.toString()));
    }

    @Test
    void theStarterThemeIsTheShippedTheme() throws Exception {
        TreeSet<String> shipped = new TreeSet<>(SiteFixture.tree(SiteFixture.REPO.resolve("templates")).keySet());
        assertEquals(shipped, new TreeSet<>(SiteStarter.THEME));
        SiteStarter.init(tmp.resolve("s"), java.time.LocalDate.of(2024, 1, 2));
        assertEquals(SiteFixture.difference(SiteFixture.tree(SiteFixture.REPO.resolve("templates")), SiteFixture.tree(tmp.resolve("s/templates"))), null);
    }
}
