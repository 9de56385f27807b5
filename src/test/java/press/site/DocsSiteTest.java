package press.site;

import press.testing.SiteFixture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.pipeline.BuildResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The docs site ({@code docs/}) builds with the shipped theme and every internal link of it
 * resolves, at a domain root and under a sub-path, so {@code mvn verify} catches a broken docs
 * link before CI's crawl does. The content is copied out first: a build writes its cache into the
 * site folder.
 */
class DocsSiteTest {
    private static final Path DOCS = SiteFixture.REPO.resolve("docs");

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void copy() {
        site = SiteFixture.site(tmp.resolve("docs"), DOCS.resolve("content"));
    }

    @Test
    void theDocsThemeIsTheShippedOne() throws IOException {
        assertTrue(Files.isSymbolicLink(DOCS.resolve("templates")), "docs/templates should link to the shipped theme");
        assertEquals(SiteFixture.REPO.resolve("templates").toRealPath(), DOCS.resolve("templates").toRealPath());
    }

    @Test
    void everyMarkdownFileIsAPage() throws IOException {
        long markdown;
        try (Stream<Path> s = Files.walk(DOCS.resolve("content"))) {
            markdown = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("_index.md")).count();
        }
        BuildResult r = SiteFixture.build(site, tmp.resolve("count"), null, 2);
        assertEquals(0, r.skipped(), "every file of docs/content is a page, a section or site.yaml");
        assertEquals(markdown, r.contentPages(), "a page for each Markdown file but the sections' _index.md");
    }

    @Test
    void linksResolveAtTheRootAndUnderASubPath() {
        for (String base : List.of("http://127.0.0.1:1313/", "https://example.org/press/docs/")) {
            Path out = tmp.resolve("out-" + base.hashCode());
            SiteFixture.build(site, out, base, 2);
            SortedMap<String, byte[]> tree = SiteFixture.tree(out);
            LinkChecker c = LinkChecker.check(tree, base);
            assertTrue(c.pages >= 18, "expected every docs page, got " + c.pages);
            assertEquals(List.of(), c.problems.stream().limit(30).toList(), "broken links in docs/ at " + base);
        }
    }
}
