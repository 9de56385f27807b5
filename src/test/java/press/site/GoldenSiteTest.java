package press.site;

import press.testing.SiteFixture;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.util.SortedMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden sites: each {@code src/test/resources/golden/NAME/site/content} is built with the repo's
 * shipped {@code templates/} and must give exactly the tree in {@code golden/NAME/expected/} (every
 * file, byte for byte; only the {@code .press-output} marker is left out).
 *
 * <p>After an intended change to the theme or the pipeline, rewrite the expected trees with
 * {@code mvn -o test -Dpress.skipSite -Dpress.updateGolden=true -Dtest=GoldenSiteTest}, then review
 * the diff in git before committing. The switch refuses to run (the test fails) when the
 * environment variable {@code CI} is set, so CI can never bless its own output.
 */
class GoldenSiteTest {
    private static final Path GOLDEN = SiteFixture.REPO.resolve("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("press.updateGolden");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyGoldenSiteBuildsToItsExpectedTree() throws IOException {
        var names = SiteFixture.goldenSites();
        assertFalse(names.isEmpty(), "no golden sites under " + GOLDEN);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    /** Guards the expected trees themselves, so an update can never bless a leaked draft or a live script. */
    @org.junit.jupiter.api.Test
    void expectedTreesHoldNoDraftsScriptsOrEventHandlers() {
        for (String name : SiteFixture.goldenSites()) {
            SortedMap<String, byte[]> expected = SiteFixture.tree(GOLDEN.resolve(name).resolve("expected"));
            assertFalse(expected.isEmpty(), name);
            expected.forEach((file, bytes) -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertFalse(text.contains("feature flags") || text.contains("feature-flags"), name + "/" + file + " shows the draft");
                assertFalse(text.toLowerCase(Locale.ROOT).contains("javascript:"), name + "/" + file + " has a javascript: URL");
                if (!file.endsWith(".html")) return;
                Document doc = Jsoup.parse(text);
                // JSON-LD is data, never run: it is the only script allowed, and it holds no '<' that could end it early
                // and the search page's own script, from the site itself, and the search manifest it reads (data too)
                String allowed = file.equals("search/index.html")
                        ? "script:not([type=application/ld+json]):not([src*=/assets/search.][src$=.js]):not(#search-manifest[type=application/json])"
                        : "script:not([type=application/ld+json])";
                assertEquals(0, doc.select(allowed).size(), name + "/" + file + " has a <script>");
                doc.select("script").forEach(s -> assertFalse(s.data().contains("<"), name + "/" + file + " JSON-LD holds a '<'"));
                doc.getAllElements().forEach(e -> e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"),
                        name + "/" + file + " has an event handler attribute " + a.getKey())));
            });
        }
        String basic = new String(SiteFixture.tree(GOLDEN.resolve("basic/expected")).get("posts/tables-images-and-code/index.html"),
                StandardCharsets.UTF_8);
        assertTrue(basic.contains("<table") && basic.contains("<figure>") && basic.contains("language-sql"), "rich post lost its table, figure or code");
    }

    private void check(String name) throws IOException {
        Path site = SiteFixture.site(tmp.resolve(name), GOLDEN.resolve(name).resolve("site/content"));
        Path out = tmp.resolve(name + "-out");
        SiteFixture.build(site, out, null, 2);
        SortedMap<String, byte[]> actual = SiteFixture.tree(out);
        actual.remove(press.output.OutputFolder.MARKER);
        Path expectedDir = GOLDEN.resolve(name).resolve("expected");
        if (UPDATE) {
            if (System.getenv("CI") != null) fail("-Dpress.updateGolden=true refuses to run when CI is set");
            org.apache.commons.io.FileUtils.deleteDirectory(expectedDir.toFile());
            for (var e : actual.entrySet()) {
                Path f = expectedDir.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
            }
            System.out.println("golden " + name + ": rewrote " + actual.size() + " files in " + expectedDir);
            return;
        }
        SortedMap<String, byte[]> expected = SiteFixture.tree(expectedDir);
        assertFalse(expected.isEmpty(), expectedDir + " is missing; create it with -Dpress.updateGolden=true");
        String diff = SiteFixture.difference(expected, actual);
        if (diff != null) {
            fail("golden site " + name + " differs from " + expectedDir
                    + " (if intended, rerun with -Dpress.updateGolden=true and review):\n" + diff);
        }
        assertEquals(expected.keySet(), actual.keySet());
    }
}
