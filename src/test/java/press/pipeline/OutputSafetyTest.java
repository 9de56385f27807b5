package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;
import press.testing.GeneratedPosts;
import press.testing.SiteFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output folder is press's alone: foreign folders and the site's own files are never replaced, and no stale page survives a build. */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    private Path site() {
        Path site = SiteFixture.site(tmp.resolve("site"), null);
        GeneratedPosts.write(site.resolve("content/posts"), 6, 3);
        return site;
    }

    private static int cli(Path site, Path out) {
        return Main.run("build", "--source", site.toString(), "--out", out.toString());
    }

    @Test
    void aNonEmptyFolderPressDidNotWriteIsRefusedAndLeftAlone() throws IOException {
        Path site = site();
        Path out = tmp.resolve("documents");
        Files.createDirectories(out.resolve("taxes"));
        Files.writeString(out.resolve("taxes/2024.txt"), "keep me");
        Files.writeString(out.resolve("notes.md"), "and me");
        SortedMap<String, byte[]> before = SiteFixture.tree(out);

        assertEquals(Main.PROBLEMS, cli(site, out));
        assertNull(SiteFixture.difference(before, SiteFixture.tree(out)), "a foreign folder was changed");
        try (var s = Files.list(tmp)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".documents")).count(), "staging folder left behind");
        }
    }

    @Test
    void anEmptyFolderIsAccepted() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(Main.OK, cli(site(), out));
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    @Test
    void theSiteFolderOrAFolderHoldingItIsRefused() throws IOException {
        Path site = site();
        SortedMap<String, byte[]> before = SiteFixture.tree(site);
        assertEquals(Main.PROBLEMS, cli(site, site));
        assertEquals(Main.PROBLEMS, cli(site, tmp));
        assertEquals(Main.PROBLEMS, cli(site, site.resolve("content")));
        assertEquals(Main.PROBLEMS, cli(site, site.resolve("content/posts/out")));
        assertEquals(Main.PROBLEMS, cli(site, site.resolve("templates/static")));
        assertNull(SiteFixture.difference(before, SiteFixture.tree(site)), "the site folder was changed");
    }

    @Test
    void aDeletedPostsPageDisappearsOnTheNextBuild() throws IOException {
        Path site = site();
        Path out = tmp.resolve("out");
        assertEquals(Main.OK, cli(site, out));
        SortedMap<String, byte[]> first = SiteFixture.tree(out);
        Path victim;
        try (var s = Files.walk(site.resolve("content/posts"))) {
            victim = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String slug = victim.getFileName().toString().replaceFirst("\\.md$", "");
        assertTrue(first.containsKey("posts/" + slug + "/index.html"), "expected the post's page in " + first.keySet());
        Files.writeString(out.resolve("posts/" + slug + "/stray.txt"), "left by hand");
        Files.delete(victim);

        assertEquals(Main.OK, cli(site, out));
        SortedMap<String, byte[]> second = SiteFixture.tree(out);
        assertFalse(second.keySet().stream().anyMatch(p -> p.startsWith("posts/" + slug + "/")), "stale files of the deleted post survived");
        assertFalse(new String(second.get("sitemap.xml"), java.nio.charset.StandardCharsets.UTF_8).contains("/" + slug + "/"),
                "the sitemap still lists the deleted post");
        assertTrue(second.size() < first.size());
    }
}
