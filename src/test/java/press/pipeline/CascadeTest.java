package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;
import press.problem.BuildException;
import press.testing.SiteFixture;
import press.testing.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hugo's {@code cascade:} in an {@code _index.md}: fields given to every page and post below it that does not set them. */
class CascadeTest {
    @TempDir
    Path dir;

    private static final String PAGE = "---\ntitle: %s\n---\nbody\n";

    private TestSite docs(Path root) {
        return TestSite.withTestTheme(root).post("a.md", "Alpha", "2024-01-01")
                .file("content/_index.md", "---\ntitle: Home\ncascade:\n  description: from home\n---\n")
                .file("content/docs/_index.md", "---\ntitle: Docs\ncascade:\n  description: from docs\n  weight: 5\n---\n")
                .file("content/docs/install.md", PAGE.formatted("Install"))
                .file("content/docs/own.md", "---\ntitle: Own\ndescription: its own\n---\n")
                .file("content/docs/guides/_index.md", "---\ntitle: Guides\ncascade:\n  description: from guides\n---\n")
                .file("content/docs/guides/setup.md", PAGE.formatted("Setup"))
                .file("content/about.md", PAGE.formatted("About"));
    }

    @Test
    void theNearestSectionsCascadeFillsWhatAPageDoesNotSet() {
        TestSite site = docs(dir);
        assertEquals(List.of(), site.build().warnings());
        assertEquals("Install|/docs/install/||from docs", site.line("docs/install/index.html", "page"));
        assertEquals("Own|/docs/own/||its own", site.line("docs/own/index.html", "page"), "a page's own field wins");
        assertEquals("Setup|/docs/guides/setup/||from guides", site.line("docs/guides/setup/index.html", "page"), "the nearer cascade wins");
        assertEquals("About|/about/||from home", site.line("about/index.html", "page"));
        // the guides section gets the docs cascade (it is below docs/), not its own
        assertTrue(site.lines("docs/index.html", "subsection").contains("Guides|/docs/guides/|from docs"), site.read("docs/index.html"));
        assertTrue(site.line("posts/alpha/index.html", "head").startsWith("Alpha | press site|from home|"), "a post below the home cascade gets it too");
    }

    @Test
    void aListOfEntriesEachWithATargetPathAndKind() {
        TestSite site = TestSite.withTestTheme(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/docs/_index.md", """
                        ---
                        title: Docs
                        cascade:
                          - _target: {path: "/docs/api/**"}
                            description: api page
                          - target: {kind: section}
                            description: a section
                          - description: any other
                          - _target: {path: "{/docs/Old,/docs/old/**}"}
                            draft: true
                        ---
                        """)
                .file("content/docs/api/_index.md", PAGE.formatted("API"))
                .file("content/docs/api/get.md", PAGE.formatted("Get"))
                .file("content/docs/Old.md", PAGE.formatted("Old"))
                .file("content/docs/intro.md", PAGE.formatted("Intro"));
        site.build();
        assertEquals("Get|/docs/api/get/||api page", site.line("docs/api/get/index.html", "page"));
        assertTrue(site.lines("docs/index.html", "subsection").contains("API|/docs/api/|a section"),
                "/docs/api/** is below the section, not the section (as in Hugo); the first entry that matches wins");
        assertEquals("Intro|/docs/intro/||any other", site.line("docs/intro/index.html", "page"));
        assertFalse(site.exists("docs/old/index.html"), "draft: true cascaded by a {a,b} glob, matched on Hugo's lower-case path");
    }

    @Test
    void paramsAreMergedKeyByKeyAndATranslationGetsItsOwnLanguagesCascade() {
        TestSite site = TestSite.withTestTheme(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/site.yaml", "title: T\nbase_url: https://example.org/\nlanguages: [en, pl]\n")
                .file("content/_index.md", "---\ntitle: Home\ncascade:\n  params: {who: Ada, what: tea}\n---\n")
                .file("content/_index.pl.md", "---\ntitle: Start\ncascade:\n  description: po polsku\n---\n")
                .file("content/about.md", "---\ntitle: About\nparams: {what: coffee}\n---\n{{< param who >}} drinks {{< param what >}}.\n")
                .file("content/about.pl.md", PAGE.formatted("O nas"));
        site.build();
        assertTrue(site.read("about/index.html").contains("Ada drinks coffee."), site.read("about/index.html"));
        assertEquals("About|/about/||", site.line("about/index.html", "page"), "the pl cascade is not the site language's");
        assertEquals("O nas|/pl/about/||po polsku", site.line("pl/about/index.html", "page"));
    }

    @Test
    void aWrongCascadeOrCascadedValueIsReportedWhereItIsWritten() {
        TestSite site = TestSite.withTestTheme(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/docs/_index.md", "---\ntitle: Docs\ncascade:\n  weight: heavy\n---\n")
                .file("content/docs/page.md", PAGE.formatted("Page"))
                .file("content/api/_index.md", "---\ntitle: API\ncascade: [fast]\n---\n")
                .file("content/guide/_index.md", "---\ntitle: Guide\ncascade:\n  _target: {paths: /guide/**}\n  draft: true\n---\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of(
                "content/api/_index.md:3:11: cascade[0]: expected a map of front matter fields (an item of cascade:), got \"fast\"",
                "content/docs/_index.md:4:11: weight: expected a whole number from -1000000 to 1000000, got \"heavy\"",
                "content/guide/_index.md:4:13: _target.paths: unknown target, expected path, kind, lang or environment"),
                e.lines());
    }

    @Test
    void aCascadeOnAPageWithNothingBelowItIsAWarning() {
        TestSite site = TestSite.withTestTheme(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/about.md", "---\ntitle: About\ncascade:\n  description: x\n---\n");
        assertEquals(List.of("content/about.md:3:1: cascade is not applied: only a section's _index file has pages below it, "
                + "expected it in the _index.md of the folder whose pages should get these fields"), site.build().warnings());
    }

    /** Writes and moves the modification time on, as an editor saving a second later would. */
    private static void edit(Path file, String text) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Math.max(before.toMillis() + 2000, System.currentTimeMillis())));
    }

    private void assertSame(Path got, TestSite site) throws IOException {
        Path clean = dir.resolve("clean");
        Build.run(new BuildOptions(site.root, clean, null, false, 1));
        Map<String, byte[]> want = SiteFixture.tree(clean);
        Map<String, byte[]> have = SiteFixture.tree(got);
        assertEquals(want.keySet(), have.keySet(), "same files");
        want.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, have.get(path)), path + " differs"));
    }

    @Test
    void aChangedCascadeRebuildsAsACleanBuildWithTheSavedAndTheServeCache() throws IOException {
        TestSite site = docs(dir.resolve("src"))
                .file("content/posts/_index.md", "---\ntitle: Posts\ncascade:\n  summary: first summary\n---\n");
        String[] build = {"build", "--folder", "--progress", "never", "--source", site.root.toString(), "--out", dir.resolve("site").toString()};
        BuildCache serve = new BuildCache();
        Path served = dir.resolve("served");
        assertEquals(0, Main.run(build));
        Build.run(new BuildOptions(site.root, served, null, false, 2), serve);
        assertTrue(Files.readString(served.resolve("posts/alpha/index.html")).contains("first summary"));

        edit(site.root.resolve("content/posts/_index.md"), "---\ntitle: Posts\ncascade:\n  summary: second summary\n---\n");
        edit(site.root.resolve("content/docs/_index.md"), "---\ntitle: Docs\ncascade:\n  description: docs again\n---\n");
        assertEquals(0, Main.run(build));
        Build.run(new BuildOptions(site.root, served, null, false, 2), serve);
        assertTrue(Files.readString(served.resolve("posts/alpha/index.html")).contains("second summary"), "the cached post is parsed again");
        assertSame(dir.resolve("site"), site);
        assertSame(served, site);
    }
}
