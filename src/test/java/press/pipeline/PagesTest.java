package press.pipeline;

import press.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file of content/ counts: posts, pages at their paths, sections, bundles, and a warning for each file press cannot use. */
class PagesTest {
    @TempDir
    Path dir;

    private static final String PAGE = "---\ntitle: %s\n---\nbody of %s\n";

    @Test
    void filesPressCannotUseAreWarnedAboutByNameAndCounted() {
        TestSite site = new TestSite(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/notes.txt", "x")
                .file("content/posts/_unfinished.md", "---\ntitle: x\n---\n")
                .file("content/_data/authors.yml", "a: b")
                .file("content/.DS_Store", "x")
                .file("content/about.md", PAGE.formatted("About", "about"));
        BuildResult r = site.build();
        assertEquals(1, r.posts());
        assertEquals(1, r.contentPages());
        assertEquals(3, r.skipped());
        assertEquals(List.of(
                "content/_data/authors.yml: skipped: names starting with _ are not published (_data), as Jekyll leaves them out, expected content files; only _index, _posts/, the collections and the include: list of site.yaml are read (include: [_data] publishes it)",
                "content/notes.txt: skipped: not a content file, expected Markdown (.md, .markdown, .mdown) or a file beside an index.md in its bundle folder (files published as they are, such as images and CSS, go in static/)",
                "content/posts/_unfinished.md: skipped: names starting with _ are not published (_unfinished.md), as Jekyll leaves them out, expected content files; only _index, _posts/, the collections and the include: list of site.yaml are read (include: [posts/_unfinished.md] publishes it)"),
                r.warnings());
        assertTrue(site.read("about/index.html").contains("body of about"));
    }

    @Test
    void includedUnderscoreFoldersArePagesAtTheirPermalinkOrPath() {
        TestSite site = new TestSite(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/site.yaml", "title: T\nbase_url: https://example.org/\ninclude: [_pages]\n")
                .file("content/_pages/cv.md", "---\ntitle: CV\npermalink: /cv/\nredirect_from: [/resume]\n---\nmy cv\n")
                .file("content/_pages/plain.md", "---\ntitle: Plain\n---\nplain text\n")
                .file("content/_drafts/wip.md", "---\ntitle: WIP\n---\n");
        BuildResult r = site.build();
        assertEquals(2, r.contentPages());
        assertEquals(1, r.skipped());
        assertTrue(site.read("cv/index.html").contains("my cv"));
        assertTrue(site.read("_pages/plain/index.html").contains("plain text"), "as Jekyll puts an included page without a permalink");
        assertTrue(site.read("resume/index.html").contains("url=https://example.org/cv/"));
        assertEquals(List.of("content/_drafts/wip.md: skipped: names starting with _ are not published (_drafts), as Jekyll leaves them out, expected content files; "
                + "only _index, _posts/, the collections and the include: list of site.yaml are read (include: [_drafts] publishes it)"), r.warnings());
    }

    @Test
    void aPostsRedirectToMakesItsPageARedirectAndKeepsItListedAsJekyllDoes() {
        TestSite site = new TestSite(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/site.yaml", "title: T\nbase_url: https://example.org/blog/\n")
                .file("content/about.md", PAGE.formatted("About", "about"))
                .file("content/posts/moved.md", "---\ntitle: Moved\ndate: 2024-02-01\nredirect_to: /about/\n---\nold text\n")
                .file("content/posts/away.md", "---\ntitle: Away\ndate: 2024-03-01\nredirect_to: https://elsewhere.example/x\n---\n");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        String moved = site.read("posts/moved/index.html");
        assertTrue(moved.contains("url=https://example.org/blog/about/") && !moved.contains("old text"), moved);
        assertTrue(site.read("posts/away/index.html").contains("url=https://elsewhere.example/x"));
        assertTrue(site.read("index.html").contains("/blog/posts/moved/"), "still listed, as Jekyll lists it");

        TestSite bad = new TestSite(dir.resolve("bad")).post("a.md", "Alpha", "2024-01-01")
                .file("content/posts/b.md", "---\ntitle: B\ndate: 2024-02-01\nredirect_to: [/a/, /b/]\n---\n");
        BuildException e = assertThrows(BuildException.class, bad::build);
        assertEquals(List.of("content/posts/b.md:4:1: redirect_to: expected text, got a list"), e.lines());
    }

    @Test
    void aHugoSitesPagePathsAreLowerCaseAsHugoMakesThem() {
        TestSite hugo = new TestSite(dir.resolve("hugo")).post("a.md", "Alpha", "2024-01-01")
                .file("content/_index.md", "---\ntitle: Docs home\n---\nSee [replace](/functions/strings/replace/).\n")
                .file("content/Functions/_index.md", "---\ntitle: Functions\n---\n")
                .file("content/Functions/strings/Replace.md", "---\ntitle: strings.Replace\n---\nReplaces.\n")
                .file("content/Functions/strings/Split/index.md", "---\ntitle: strings.Split\n---\n![how](Diagram.png)\n")
                .file("content/Functions/strings/Split/Diagram.png", "png");
        BuildResult r = hugo.build(); // the release check finds the home text's link to the lower-case address
        assertEquals(List.of(), r.warnings());
        assertTrue(hugo.read("functions/strings/replace/index.html").contains("Replaces."));
        assertTrue(hugo.exists("functions/index.html"));
        assertFalse(hugo.exists("Functions/strings/Replace/index.html"));
        assertTrue(hugo.exists("functions/strings/split/Diagram.png"), "a bundle file goes beside its page, under the page's address");

        TestSite jekyll = new TestSite(dir.resolve("jekyll")).post("a.md", "Alpha", "2024-01-01")
                .file("content/Guides/Setup.md", "---\ntitle: Setup\n---\nSet up.\n"); // no _index: Jekyll keeps names as written
        jekyll.build();
        assertTrue(jekyll.read("Guides/Setup/index.html").contains("Set up."));
    }

    @Test
    void aJekyll404PageGivesTheNotFoundPageItsTitleAndText() {
        for (String front : new String[] {"permalink: /404.html\n", ""}) { // Jekyll's 404.md, with its usual permalink and without
            TestSite site = new TestSite(dir.resolve(front.isEmpty() ? "plain" : "permalink")).post("a.md", "Alpha", "2024-01-01")
                    .file("content/404.md", "---\ntitle: Lost?\nlayout: default\n" + front + "---\nNothing *here*, try the search.\n");
            BuildResult r = site.build();
            assertEquals(List.of(), r.warnings());
            String page = site.read("404.html");
            assertTrue(page.contains("<h1>Lost?</h1>") && page.contains("Nothing <em>here</em>, try the search."), page);
            assertFalse(page.contains("Try the <a href"), "the theme's own text gives way");
            assertFalse(site.exists("404/index.html"));
        }
        TestSite plain = new TestSite(dir.resolve("none")).post("a.md", "Alpha", "2024-01-01");
        plain.build();
        assertTrue(plain.read("404.html").contains("<h1>Page not found</h1>"));
        assertTrue(plain.read("404.html").contains("Try the <a href"));

        TestSite twice = new TestSite(dir.resolve("twice")).post("a.md", "Alpha", "2024-01-01")
                .file("content/404.md", "---\ntitle: One\n---\nx\n")
                .file("content/missing.md", "---\ntitle: Two\npermalink: /404.html\n---\ny\n");
        press.problem.BuildException e = org.junit.jupiter.api.Assertions.assertThrows(press.problem.BuildException.class, twice::build);
        assertEquals(List.of("content/missing.md:3:1: the text of the not-found page /404.html is also given by content/404.md:1:1, expected one page at that address"),
                e.lines());
    }

    @Test
    void aJekyllPageAtPermalinkSlashIsTheHomePageAndItsRedirectsGoThere() {
        TestSite site = new TestSite(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/site.yaml", "title: T\nbase_url: https://example.org/\ninclude: [_pages]\n")
                .file("content/_pages/about.md", "---\npermalink: /\ntitle: About me\nredirect_from:\n  - /about/\n  - /about.html\n---\nI study sedges.\n");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        assertTrue(site.read("index.html").contains("I study sedges."), "the home page's text, as Jekyll makes the page at / the home page");
        assertTrue(site.read("about/index.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/\">"));
        assertTrue(site.read("about.html").contains("<link rel=\"canonical\" href=\"https://example.org/\">"));
    }

    @Test
    void aHugoSitesUnderscorePageIsBuilt() {
        TestSite site = new TestSite(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/_index.md", "---\ntitle: Home\n---\nwelcome\n")
                .file("content/_header.md", "---\ntitle: Header\n---\nthe header\n");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        assertEquals(0, r.skipped());
        assertTrue(site.read("_header/index.html").contains("the header"), "Hugo publishes it at /_header/");
    }

    @Test
    void configNamesMoreExtensionsAndDatedSections() {
        TestSite site = new TestSite(dir).config("content_extensions: [txt]\ndated_sections: [posts, news]\n")
                .file("content/notes.txt", PAGE.formatted("Notes", "notes"))
                .file("content/news/launch.md", "---\ntitle: Launch\ndate: 2024-02-01\n---\nlaunched\n");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        assertEquals(1, r.posts());
        assertTrue(site.read("notes/index.html").contains("body of notes"));
        assertTrue(site.read("posts/launch/index.html").contains("launched"));
    }

    @Test
    void pagesLiveAtTheirPathUnlessSlugOrUrlSayOtherwise() {
        TestSite site = new TestSite(dir)
                .file("content/docs/install.md", PAGE.formatted("Install", "install"))
                .file("content/docs/Getting Started.md", PAGE.formatted("Start", "start"))
                .file("content/docs/renamed.md", "---\ntitle: R\nslug: other\n---\n")
                .file("content/legal.md", "---\ntitle: Legal\nurl: /company/legal/\n---\n")
                .file("content/old.md", "---\ntitle: Old\npermalink: /old.html\n---\n")
                .file("content/wip.md", "---\ntitle: WIP\ndraft: true\n---\n");
        site.build();
        for (String f : List.of("docs/install/index.html", "docs/getting-started/index.html", "docs/other/index.html",
                "company/legal/index.html", "old.html", "docs/index.html")) {
            assertTrue(site.exists(f), f);
        }
        assertFalse(site.exists("wip/index.html"), "draft pages are left out");
        assertTrue(site.read("docs/index.html").contains("<li><a href=\"/docs/install/\">Install</a></li>"));
    }

    @Test
    void aSectionTemplateWinsOverTheFallback() {
        TestSite site = new TestSite(dir)
                .file("templates/docs/page.mustache", "DOCS {{head.pageTitle}}\n")
                .file("templates/docs/section.mustache", "SECTION {{heading}}\n")
                .file("content/docs/install.md", PAGE.formatted("Install", "install"))
                .file("content/docs/deep/more.md", PAGE.formatted("More", "more"))
                .file("content/about.md", PAGE.formatted("About", "about"));
        site.build();
        assertEquals("DOCS Install\n", site.read("docs/install/index.html"));
        assertEquals("DOCS More\n", site.read("docs/deep/more/index.html"), "nested sections fall back to the parent's template");
        assertEquals("SECTION Docs\n", site.read("docs/index.html"));
        assertTrue(site.read("about/index.html").contains("<h1>About</h1>"));
    }

    @Test
    void aSectionTemplateMayUseTheThemeLayoutFromTheRoot() {
        TestSite site = new TestSite(dir)
                .file("templates/docs/page.mustache", "{{<layout}}{{$main}}<p>docs page {{head.pageTitle}}</p>{{/main}}{{/layout}}\n")
                .file("content/docs/install.md", PAGE.formatted("Install", "install"));
        try {
            site.build();
        } catch (BuildException e) {
            throw new AssertionError(String.join("\n", e.lines()), e);
        }
        String page = site.read("docs/install/index.html");
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<p>docs page Install</p>"), page);
    }

    @Test
    void bundleFilesAreCopiedBesideTheirPostOrPage() {
        TestSite site = new TestSite(dir)
                .file("content/posts/trip/index.md", "---\ntitle: A trip\ndate: 2024-01-01\n---\n![map](map.png)\n")
                .file("content/posts/trip/map.png", "png")
                .file("content/posts/trip/raw/data.csv", "a,b")
                .file("content/guide/index.md", PAGE.formatted("Guide", "guide"))
                .file("content/guide/shot.jpg", "jpg")
                .file("content/docs/_index.md", PAGE.formatted("Docs", "docs"))
                .file("content/docs/logo.svg", "<svg/>");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        for (String f : List.of("posts/a-trip/map.png", "posts/a-trip/raw/data.csv", "guide/shot.jpg", "docs/logo.svg")) {
            assertTrue(site.exists(f), f);
        }
        assertTrue(site.read("posts/a-trip/index.html").contains("<img src=\"map.png\" alt=\"map\""));
    }

    @Test
    void aBundleAtAnHtmlAddressHasItsFilesInThatAddresssFolder() {
        TestSite site = new TestSite(dir)
                .file("content/old/index.md", "---\ntitle: Old\nurl: /old-site/old.html\n---\n![shot](shot.png)\n")
                .file("content/old/shot.png", "png")
                .file("content/posts/trip/index.md", "---\ntitle: A trip\ndate: 2024-01-01\nurl: /2019/trip.html\n---\n![map](map.png)\n")
                .file("content/posts/trip/map.png", "png");
        BuildResult r;
        try {
            r = site.build();
        } catch (BuildException e) {
            throw new AssertionError(String.join("\n", e.lines()), e);
        }
        assertEquals(List.of(), r.warnings());
        assertTrue(site.read("old-site/old.html").contains("<img src=\"shot.png\" alt=\"shot\""));
        assertTrue(site.exists("old-site/shot.png"), "beside old-site/old.html, where its relative link points (Hugo does the same)");
        assertTrue(site.read("2019/trip.html").contains("<img src=\"map.png\" alt=\"map\""));
        assertTrue(site.exists("2019/map.png"));
    }

    @Test
    void aMenuFromConfigAndFrontMatterInWeightOrder() {
        TestSite site = new TestSite(dir).config("menu:\n  - {name: Blog, url: /, weight: 2}\n  - {name: Source, url: 'https://example.com/src', weight: 9}\n")
                .file("content/about.md", "---\ntitle: About us\nlinkTitle: About\nmenu: main\nweight: 1\n---\n");
        site.build();
        assertTrue(site.read("about/index.html").contains("<li><a href=\"/\">Home</a></li>\n<li><a href=\"/about/\">About</a></li>\n"
                + "<li><a href=\"/\">Blog</a></li>\n<li><a href=\"https://example.com/src\">Source</a></li>\n<li><a href=\"/tags/\">Tags</a></li>"));
    }

    @Test
    void pagePathsMustBeTheirOwn() {
        TestSite site = new TestSite(dir)
                .file("content/about.md", PAGE.formatted("About", "a"))
                .file("content/about/index.md", PAGE.formatted("About too", "b"))
                .file("content/tags.md", PAGE.formatted("Tags", "t")); // not an error: the text of the tags list (RealSiteShapesTest)
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of(
                "content/about/index.md:1:1: page path /about/ is also the path of content/about.md:1:1, expected each page to have its own path (set slug: or url: to tell them apart)"),
                e.lines());
    }

    @Test
    void aSiteWithPagesNeedsAPageTemplate() throws Exception {
        TestSite site = new TestSite(dir).file("content/about.md", PAGE.formatted("About", "a"));
        java.nio.file.Files.delete(dir.resolve("templates/page.mustache"));
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("templates/page.mustache: template missing, expected templates/page.mustache because the site has pages "
                + "(see the theme in press's templates/)"), e.lines());
    }
}
