package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hugo's translation by file name ({@code about.pl.md}, {@code _index.fr.md}, {@code index.de.md}): a page per declared language, a warning for the rest. */
class TranslationsTest {
    @TempDir
    Path dir;

    private static final String PAGE = "---\ntitle: %s\n---\nbody of %s\n";

    @Test
    void declaredLanguagesGetTheirPagesUnderTheirCode() {
        TestSite site = new TestSite(dir).config("language: en\nlanguages: [en, pl, de]\n")
                .file("content/about.md", PAGE.formatted("About", "about"))
                .file("content/about.pl.md", "---\ntitle: O nas\nmenu: main\n---\nbody of o nas\n")
                .file("content/_index.pl.md", PAGE.formatted("Po polsku", "the Polish home"))
                .file("content/docs/_index.pl.md", PAGE.formatted("Dokumentacja", "docs pl"))
                .file("content/docs/install.pl.md", PAGE.formatted("Instalacja", "install pl"))
                .file("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2024-01-02\n---\n![map](map.svg)\n")
                .file("content/posts/trip/index.de.md", "---\ntitle: Reise\ndate: 2024-01-02\n---\n![Karte](map.svg)\n")
                .file("content/posts/trip/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .post("hello.en.md", "Hello", "2024-01-01");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        assertEquals(0, r.skipped());
        assertEquals(2, r.posts()); // trip and hello; the German trip is a page of its language
        assertEquals(4, r.contentPages()); // about, about.pl, install.pl, trip.de
        assertTrue(site.read("about/index.html").startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        String pl = site.read("pl/about/index.html");
        assertTrue(pl.startsWith("<!DOCTYPE html>\n<html lang=\"pl\">") && pl.contains("body of o nas"), pl);
        assertFalse(site.read("about/index.html").contains("O nas"), "a translation's menu: is not in the site menu");
        String plHome = site.read("pl/index.html");
        assertTrue(plHome.contains("<html lang=\"pl\">") && plHome.contains("the Polish home") && plHome.contains("/pl/docs/"), plHome);
        assertTrue(site.read("pl/docs/install/index.html").contains("body of install pl"));
        assertTrue(site.read("pl/docs/index.html").contains("Dokumentacja"));
        String de = site.read("de/posts/trip/index.html");
        assertTrue(de.contains("<html lang=\"de\">") && de.contains("src=\"map.svg\""), de);
        assertTrue(Files.isRegularFile(dir.resolve("site/de/posts/trip/map.svg")) && Files.isRegularFile(dir.resolve("site/posts/trip/map.svg")),
                "a bundle's files go beside each language's page");
        assertTrue(site.read("posts/hello/index.html").contains("body of hello.en.md"), "hello.en.md is the post hello on an English site");
    }

    @Test
    void aLanguageTheSiteDoesNotDeclareIsSkippedWithAWarningNamingTheFile() {
        TestSite site = new TestSite(dir)
                .file("content/about.md", PAGE.formatted("About", "about"))
                .file("content/about.pl.md", PAGE.formatted("O nas", "o nas"))
                .file("content/_index.fr.md", PAGE.formatted("Accueil", "accueil"))
                .file("content/docs/x/index.md", PAGE.formatted("X", "x"))
                .file("content/docs/x/index.de.md", PAGE.formatted("X de", "x de"))
                .file("content/docs/app.js.md", PAGE.formatted("app.js", "not a language"))
                .file("content/docs/guide.en.md", PAGE.formatted("Guide", "the site's own language"));
        BuildResult r = site.build();
        String expected = "but site.yaml declares no language %1$s, expected languages: [en, %1$s] in site.yaml to build it under /%1$s/, or a file name without .%1$s";
        assertEquals(List.of(
                "content/_index.fr.md: skipped: the file name marks a translation into \"fr\" (Hugo's translation by file name), " + expected.formatted("fr") + " (_index.md)",
                "content/about.pl.md: skipped: the file name marks a translation into \"pl\" (Hugo's translation by file name), " + expected.formatted("pl") + " (about.md)",
                "content/docs/x/index.de.md: skipped: the file name marks a translation into \"de\" (Hugo's translation by file name), " + expected.formatted("de") + " (index.md)"),
                r.warnings());
        assertEquals(3, r.skipped());
        assertEquals(4, r.contentPages()); // about, x, app.js, guide
        assertTrue(site.read("docs/app.js/index.html").contains("not a language"));
        assertTrue(site.read("docs/guide/index.html").contains("the site's own language"));
        assertFalse(Files.exists(dir.resolve("site/docs/x/index.de.md")), "not copied as a bundle file either");
    }

    @Test
    void aPageAndItsDefaultLanguageNameAreOnePathAndLanguagesIsAList() {
        TestSite site = new TestSite(dir).file("content/about.md", PAGE.formatted("About", "a")).file("content/about.en.md", PAGE.formatted("About", "b"));
        BuildException e = assertThrows(BuildException.class, site::build);
        assertTrue(e.lines().get(0).startsWith("content/about.md") && e.lines().get(0).contains("page path /about/ is also the path of content/about.en.md"), e.lines().toString());
        TestSite map = new TestSite(dir.resolve("map")).config("languages:\n  en: {weight: 1}\n  pl: {weight: 2}\n").post("a.md", "A", "2024-01-01");
        BuildException m = assertThrows(BuildException.class, map::build);
        assertEquals(1, m.lines().size(), m.lines().toString());
        assertTrue(m.lines().get(0).startsWith("content/site.yaml:1:1: languages: expected a list of language codes such as [en, pl]"), m.lines().toString());
        TestSite bad = new TestSite(dir.resolve("bad")).config("languages: [en, Polish]\n").post("a.md", "A", "2024-01-01");
        assertEquals(List.of("content/site.yaml:1:17: languages: expected a lower-case language code such as pl or pt-br (as in about.pl.md), got \"Polish\""),
                assertThrows(BuildException.class, bad::build).lines());
    }
}
