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

/** Hugo's {@code headless: true} and {@code build:}/{@code _build:} options on pages; where they do not apply, a warning at the option. */
class PublishOptionsTest {
    @TempDir
    Path dir;

    @Test
    void headlessBundlesAndBuildOptionsDecideWhatIsPublished() {
        TestSite site = new TestSite(dir)
                .file("content/docs/_index.md", "---\ntitle: Docs\n---\n")
                .file("content/docs/a.md", "---\ntitle: Shown\n---\na\n")
                .file("content/docs/old.md", "---\ntitle: Old\nbuild: {list: never}\n---\nold\n")
                .file("content/docs/gone.md", "---\ntitle: Gone\nbuild: {render: never, list: always}\n---\ngone\n")
                .file("content/docs/files/index.md", "---\ntitle: Files\nbuild: {render: link}\n---\n")
                .file("content/docs/files/data.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("content/docs/quiet/index.md", "---\ntitle: Quiet\nbuild: {publishResources: false}\n---\nquiet\n")
                .file("content/docs/quiet/big.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("content/head/index.md", "---\ntitle: Head\nheadless: true\nbuild: {render: always}\n---\n")
                .file("content/head/part.md", "part\n")
                .file("content/head/img.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        assertEquals(3, r.contentPages()); // a, old, quiet
        assertTrue(Files.exists(dir.resolve("site/docs/old/index.html")) && Files.exists(dir.resolve("site/docs/quiet/index.html")));
        for (String gone : List.of("docs/gone", "head", "docs/quiet/big.svg")) assertFalse(Files.exists(dir.resolve("site/" + gone)), gone);
        assertTrue(Files.exists(dir.resolve("site/docs/files/data.svg")), "render: never keeps publishResources: true, as in Hugo");
        String docs = site.read("docs/index.html");
        assertTrue(docs.contains("/docs/a/") && docs.contains("/docs/quiet/") && !docs.contains("/docs/old/") && !docs.contains("/docs/gone/")
                && !docs.contains("/docs/files/"), docs);
        assertFalse(site.read("sitemap.xml").contains("/docs/old/"));
    }

    @Test
    void sectionIndexesAndPostsGetAWarningAtTheOptionAndAreBuilt() {
        TestSite site = new TestSite(dir).file("content/docs/_index.md", "---\ntitle: Docs\nheadless: true\n---\n")
                .file("content/docs/a.md", "---\ntitle: A\n---\na\n")
                .post("p.md", "---\ntitle: P\ndate: 2024-01-01\n_build:\n  list: never\n---\np\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/docs/_index.md:3:1: headless is not applied: a section's list page is always built (its pages link to it), "
                        + "expected it on a page or a bundle's index.md",
                "content/posts/p.md:4:1: _build is not applied: a post is always built and listed (home, feeds, taxonomies), "
                        + "expected draft: true to leave it out, or the file in a section that is not dated"), r.warnings());
        assertTrue(Files.exists(dir.resolve("site/docs/index.html")) && Files.exists(dir.resolve("site/posts/p/index.html")));
    }

    @Test
    void wrongValuesAreProblemsAtTheirPlace() {
        TestSite site = new TestSite(dir).file("content/a.md", "---\ntitle: A\nbuild:\n  render: sometimes\n  lists: never\n---\n")
                .file("content/b.md", "---\ntitle: B\n_build: never\n---\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/a.md:4:11: build.render: expected one of always, never, link, true or false, got \"sometimes\"",
                "content/a.md:5:3: build.lists: unknown option, expected one of [list, publishResources, render]",
                "content/b.md:3:9: _build: expected a map such as {render: never, list: never}, got \"never\""), e.lines());
    }
}
