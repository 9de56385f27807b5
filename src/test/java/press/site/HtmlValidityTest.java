package press.site;

import press.testing.SiteFixture;

import press.testing.GeneratedPosts;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTML page of the golden sites, of a generated 40-post site and of the repo's own site
 * (an even sample of at most ~300 pages plus every non-post page, once it is big) passes the Nu HTML Checker
 * (the validator behind validator.w3.org/nu) with no errors; warnings are printed, not failed.
 * The stylesheet is checked with its CSS checker too. {@code -Dpress.validateMax=N} changes the
 * sample size (default 300).
 */
class HtmlValidityTest {
    private static final String HTML5 = "http://s.validator.nu/html5-all.rnc";
    /**
     * Properties newer than the checker's 2020 CSS tables, shipped by every major browser (CSS Color
     * Adjustment, Text Decoration 4, Containment 2); any other CSS error fails.
     */
    private static final java.util.regex.Pattern NEWER_CSS = java.util.regex.Pattern.compile(
            "“(color-scheme|text-underline-offset|content-visibility|contain-intrinsic-size)”: Property “\\1” doesn't exist");

    private static final int MAX_PAGES = Integer.getInteger("press.validateMax", 300);
    /** Output paths of each page kind: home, home page 2, post, taxonomy index, term, term page 2, 404. */
    private static final List<String> KINDS = List.of("index\\.html", "page/\\d+/index\\.html", "posts/.+",
            "[^/]+/index\\.html", "(?!posts/)[^/]+/[^/]+/index\\.html", "[^/]+/[^/]+/page/\\d+/index\\.html", "404\\.html");

    @TempDir
    static Path tmp;
    static SimpleDocumentValidator validator;
    static final Collector found = new Collector();

    @BeforeAll
    static void setUpValidator() throws Exception {
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML5, found);
        validator.setUpValidatorAndParsers(found, false, false);
    }

    @Test
    void generatedSitePagesHaveNoErrors() throws Exception {
        Path site = SiteFixture.site(tmp.resolve("gen"), null);
        GeneratedPosts.write(site.resolve("content/posts"), 40, 7);
        Path out = tmp.resolve("gen-out");
        SiteFixture.build(site, out, "https://example.org/blog/", 2);
        assertValid(out, 60);
    }

    @Test
    void goldenSitePagesHaveNoErrors() throws Exception {
        for (String name : SiteFixture.goldenSites()) {
            Path site = SiteFixture.site(tmp.resolve(name), SiteFixture.REPO.resolve("src/test/resources/golden/" + name + "/site/content"));
            Path out = tmp.resolve(name + "-out");
            SiteFixture.build(site, out, null, 2);
            assertValid(out, 10);
        }
    }

    @Test
    void hugoAndJekyllShapedSitePagesHaveNoErrors() throws Exception {
        for (String name : List.of("hugo-docs", "jekyll-blog", "hugo-blog", "jekyll-news")) {
            Path site = ContentSitesTest.site(tmp, name);
            Path out = tmp.resolve(name + "-out");
            SiteFixture.build(site, out, "https://example.org/blog/", 2);
            assertValid(out, 5);
        }
    }

    @Test
    void repoSitePagesHaveNoErrors() throws Exception {
        Path out = tmp.resolve("repo-out");
        SiteFixture.build(SiteFixture.REPO, out, null, 2);
        assertValid(out, 3);
    }

    @Test
    void theValidatorFindsErrors() throws Exception {
        Path page = tmp.resolve("broken/index.html");
        java.nio.file.Files.createDirectories(page.getParent());
        java.nio.file.Files.writeString(page, "<!DOCTYPE html><html lang=en><title>x</title><p><div>a</p><td align=right>");
        found.clear();
        validator.checkHtmlFile(page.toFile(), true);
        assertTrue(found.errors.size() >= 2, "expected the checker to reject a broken page, got " + found.errors);
    }

    private static void assertValid(Path out, int atLeast) throws Exception {
        List<String> all = SiteFixture.tree(out).keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertTrue(all.size() >= atLeast, "expected at least " + atLeast + " pages, got " + all.size());
        // the checker does ~100 pages a second: past MAX_PAGES (a big imported site) take an even sample plus the first page of each kind
        int step = (all.size() + MAX_PAGES - 1) / MAX_PAGES;
        java.util.SortedSet<String> sample = new java.util.TreeSet<>();
        for (int i = 0; i < all.size(); i += step) sample.add(all.get(i));
        for (String kind : KINDS) all.stream().filter(p -> p.matches(kind)).findFirst().ifPresent(sample::add);
        List<String> pages = List.copyOf(sample);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String page : pages) {
            found.clear();
            validator.checkHtmlFile(out.resolve(page).toFile(), true);
            found.errors.forEach(e -> errors.add(page + ": " + e));
            found.warnings.forEach(w -> warnings.add(page + ": " + w));
        }
        found.clear();
        String css = SiteFixture.tree(out).keySet().stream().filter(p -> p.matches("assets/style\\.[0-9a-f]{10}\\.css")).findFirst().orElseThrow();
        validator.checkCssFile(out.resolve(css).toFile(), true);
        found.errors.stream().filter(e -> !NEWER_CSS.matcher(e).find()).forEach(e -> errors.add(css + ": " + e));
        found.warnings.forEach(w -> warnings.add(css + ": " + w));
        System.out.println("Nu HTML Checker: " + pages.size() + " of " + all.size() + " pages of " + out.getFileName() + ", "
                + errors.size() + " errors, " + warnings.size() + " warnings");
        warnings.stream().distinct().limit(20).forEach(w -> System.out.println("  warning: " + w));
        assertEquals(List.of(), errors.stream().limit(30).toList(), "Nu HTML Checker errors in " + out.getFileName());
    }

    /** Collects what the checker reports for one document. */
    static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void clear() {
            errors.clear();
            warnings.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(describe(e));
        }

        private static String describe(SAXParseException e) {
            return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
