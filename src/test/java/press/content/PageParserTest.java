package press.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.config.ConfigLoader;
import press.config.SiteConfig;
import press.model.Page;
import press.problem.Problem;
import press.problem.Problems;
import press.testing.TestSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One page file to a Page: its path from its place in content/ (or slug, url, permalink), its title and fields, and every wrong field at its line and column. */
class PageParserTest {
    @TempDir
    Path dir;

    private final PageParser parser = new PageParser(SiteConfig.defaults());

    private static Page parse(PageParser parser, String file, String text) {
        Problems p = new Problems();
        Page page = parser.parse(Path.of(file), text.getBytes(StandardCharsets.UTF_8), p).orElse(null);
        assertTrue(p.isEmpty(), file + ": " + p.sorted());
        return page;
    }

    private Page parse(String file, String text) {
        return parse(parser, file, text);
    }

    private List<String> errors(String file, String text) {
        Problems p = new Problems();
        assertTrue(parser.parse(Path.of(file), text.getBytes(StandardCharsets.UTF_8), p).isEmpty(), "a page with problems gives no page");
        return p.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aPageLivesAtItsPlaceInContent() {
        Page install = parse("content/docs/install.md", "---\n---\n");
        assertEquals("docs/install/", install.path());
        assertEquals("docs/", install.section());
        assertEquals("Install", install.title(), "the title defaults to the file name");
        assertEquals("content/docs/install.md", install.source());
        assertFalse(install.sectionIndex());
        Page leaf = parse("content/docs/getting-started/index.md", "---\n---\n");
        assertEquals("docs/getting-started/", leaf.path());
        assertEquals("docs/", leaf.section(), "an index.md page belongs to the folder above its own");
        assertEquals("Getting started", leaf.title());
        Page section = parse("content/docs/guides/_index.md", "---\n---\n");
        assertEquals("docs/guides/", section.path());
        assertEquals("docs/guides/", section.section());
        assertTrue(section.sectionIndex());
        Page home = parse("content/_index.md", "---\n---\n");
        assertEquals("", home.path());
        assertEquals("Home", home.title());
        Page top = parse("content/about.md", "---\n---\n");
        assertEquals("about/", top.path());
        assertEquals("", top.section());
    }

    @Test
    void folderAndFileNamesThatAreNotUrlSafeAreSlugged() {
        Page p = parse("content/My Docs/Getting Started!.md", "---\n---\n");
        assertEquals("my-docs/getting-started/", p.path());
        assertEquals("my-docs/", p.section());
        assertEquals("docs_v2/a.b/", parse("content/docs_v2/a.b.md", "---\n---\n").path(), "safe names are kept as written");
    }

    @Test
    void slugRenamesTheLastPartAndUrlOrPermalinkGivesTheWholePath() {
        assertEquals("docs/setup/", parse("content/docs/install.md", "---\nslug: setup\n---\n").path());
        assertEquals("docs/setup/", parse("content/docs/install/index.md", "---\nslug: setup\n---\n").path());
        assertEquals("start/here/", parse("content/docs/install.md", "---\nurl: /start/here\n---\n").path());
        assertEquals("old/page.html", parse("content/docs/install.md", "---\npermalink: /old/page.html\n---\n").path());
        assertEquals("docs/", parse("content/docs/_index.md", "---\nslug: other\nurl: /x/\n---\n").path(), "a section index stays at its folder");
    }

    @Test
    void permalinkPatternsFromSiteYamlAndFromThePage() {
        new TestSite(dir).config("permalinks:\n  docs: /manual/:slug/\n");
        Problems problems = new Problems();
        PageParser withPatterns = new PageParser(ConfigLoader.load(dir, problems));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals("manual/install/", parse(withPatterns, "content/docs/install.md", "---\n---\n").path());
        assertEquals("manual/setup/", parse(withPatterns, "content/docs/install.md", "---\nslug: setup\n---\n").path());
        assertEquals("about/", parse(withPatterns, "content/about.md", "---\n---\n").path(), "another folder has no pattern");
        assertEquals("2024/05/install/", parse("content/docs/install.md", "---\ndate: 2024-05-01\npermalink: /:year/:month/:title/\n---\n").path(),
                "a Jekyll permalink with placeholders is a pattern");
    }

    @Test
    void fieldsAreReadWithTheirDefaults() {
        Page p = parse("content/docs/a.md", """
                ---
                title: "  Install <press>  "
                linkTitle: Install
                summary: How to install
                weight: -3
                date: 2024-05-01T10:00:00Z
                type: wide
                menu: {main: {weight: 2}, footer: {}}
                aliases: [/old/a/, /old/a/]
                ---
                Hello *there*.
                """);
        assertEquals("Install <press>", p.title(), "stripped; escaping is the template's");
        assertEquals("Install", p.linkTitle());
        assertEquals("How to install", p.description(), "summary when there is no description");
        assertEquals(-3, p.weight());
        assertEquals(LocalDate.of(2024, 5, 1), p.lastmod(), "lastmod defaults to the date");
        assertEquals("wide", p.layout(), "type when there is no layout");
        assertEquals(List.of("main", "footer"), p.menus());
        assertEquals(List.of("old/a/"), p.aliases(), "an alias once");
        assertEquals("<p>Hello <em>there</em>.</p>\n", p.bodyHtml());
        assertFalse(p.draft());
        Page bare = parse("content/b.md", "---\n---\n");
        assertEquals("B", bare.linkTitle(), "the link title defaults to the title");
        assertEquals("", bare.description());
        assertNull(bare.date());
        assertNull(bare.lastmod());
        assertEquals(List.of(), bare.menus());
        assertEquals(List.of("main"), parse("content/c.md", "---\nmenu: main\n---\n").menus());
        assertEquals(List.of("main", "footer"), parse("content/c.md", "---\nmenu: [main, footer]\n---\n").menus());
        assertTrue(parse("content/d.md", "---\ndraft: true\n---\n").draft());
        assertTrue(parse("content/d.md", "---\npublished: false\n---\n").draft(), "Jekyll's published: false is a draft");
    }

    @Test
    void aPageWithoutFrontMatterIsAllBody() {
        Page p = parse("content/docs/hints.md", "# Hints\n\nUse {{< param missing >}} here.\n");
        assertEquals("Hints", p.title());
        assertTrue(p.bodyHtml().startsWith("<p>Use"), "the # heading that gave the title is shown once, by the template: " + p.bodyHtml());
        assertEquals(List.of("content/docs/hints.md:3:5: param \"missing\" is not in the front matter, expected a field or params.missing (or params: {missing: ...} in site.yaml)"),
                p.warnings(), "body warnings are kept on the page, at their file line");
    }

    @Test
    void everyWrongFieldIsAProblemAtItsLineAndColumn() {
        assertEquals(List.of(
                        "content/docs/a.md:2:7: slug: expected letters, digits, '-', '_' or '.', got \"a b\"",
                        "content/docs/a.md:3:9: weight: expected a whole number from -1000000 to 1000000, got \"heavy\"",
                        "content/docs/a.md:4:7: date: expected a date like 2024-05-01 or 2024-05-01T10:00:00Z, got \"2021-02-30\"",
                        "content/docs/a.md:5:7: menu: expected a menu name such as main, a list of them, or a map, got the number 3",
                        "content/docs/a.md:6:8: draft: expected true or false, got \"maybe\""),
                errors("content/docs/a.md", "---\nslug: a b\nweight: heavy\ndate: 2021-02-30\nmenu: 3\ndraft: maybe\n---\n"));
        assertEquals(List.of("content/docs/b.md:2:6: url: expected a site path such as /docs/install/ (letters, digits, '-', '_', '.'), got \"/a b/\""),
                errors("content/docs/b.md", "---\nurl: /a b/\n---\n"));
        assertEquals(List.of("content/docs/c.md:2:12: permalink: :year needs a date, expected a date: field or another pattern, got \"/:year/:title/\""),
                errors("content/docs/c.md", "---\npermalink: /:year/:title/\n---\n"));
    }
}
