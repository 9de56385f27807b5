package press.pipeline;

import press.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.testing.SiteFixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** environments: in site.yaml, chosen with --env: staging gets its base URL, drafts, noindex on every page and a robots.txt that disallows all. */
class EnvironmentsTest {
    @TempDir
    Path tmp;

    private static final String YAML = """
            base_url: https://alphanode.example/
            environments:
              staging: {base_url: "https://staging.alphanode.example/", drafts: true, noindex: true}
              production: {}
            """;

    private TestSite site() {
        return new TestSite(tmp.resolve("src")).config(YAML)
                .post("a.md", "Alpha", "2024-01-01", "tags: [java]")
                .post("d.md", "Draft one", "2024-01-02", "draft: true");
    }

    private SortedMap<String, byte[]> build(TestSite s, String env, String out) {
        Build.run(new BuildOptions(s.root, tmp.resolve(out), null, false, 2, "folder", env));
        return SiteFixture.tree(tmp.resolve(out));
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void stagingIsNoindexEverywhereWithItsBaseUrlAndDrafts() {
        SortedMap<String, byte[]> staging = build(site(), "staging", "staging");
        int pages = 0;
        for (var e : staging.entrySet()) {
            if (!e.getKey().endsWith(".html")) continue;
            pages++;
            assertTrue(text(e.getValue()).contains("<meta name=\"robots\" content=\"noindex\">"), e.getKey() + " lacks noindex");
        }
        assertTrue(pages > 5);
        assertEquals("User-agent: *\nDisallow: /\n", text(staging.get("robots.txt")));
        assertTrue(text(staging.get("sitemap.xml")).contains("https://staging.alphanode.example/posts/alpha/"));
        assertTrue(staging.containsKey("posts/draft-one/index.html"), "staging shows drafts");
    }

    @Test
    void productionAndNoEnvironmentAreIndexable() {
        TestSite s = site();
        SortedMap<String, byte[]> prod = build(s, "production", "prod");
        SortedMap<String, byte[]> plain = build(s, null, "plain");
        assertEquals(plain.keySet(), prod.keySet());
        for (var e : prod.entrySet()) assertFalse(text(e.getValue()).contains("noindex"), e.getKey());
        assertTrue(text(prod.get("robots.txt")).startsWith("User-agent: *\nAllow: /\n"));
        assertFalse(prod.containsKey("posts/draft-one/index.html"));
    }

    @Test
    void anUnknownEnvironmentIsAProblemNamingTheKnownOnes() {
        BuildException e = assertThrows(BuildException.class, () -> build(site(), "stagign", "x"));
        assertEquals(List.of("--env: no environment \"stagign\" in content/site.yaml, expected one of [production, staging]"), e.lines());
    }
}
