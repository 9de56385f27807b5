package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.testing.TestSite;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Two claims on one output address: one error, at the claim to change, naming the other claimant. */
class OutputClaimsTest {
    @TempDir
    Path dir;

    @Test
    void anAliasOnAPostsPathNamesBothFiles() {
        TestSite site = new TestSite(dir)
                .post("a.md", "---\ntitle: A\ndate: 2024-01-01\nslug: a\n---\n")
                .post("b.md", "---\ntitle: B\ndate: 2024-01-02\naliases:\n  - /posts/a/\n---\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/posts/b.md:5:5: alias /posts/a/ is also the address of the post content/posts/a.md:4:1, "
                + "expected each output path once (change the alias)"), e.lines());
    }

    @Test
    void aRedirectFromIsReportedAtItsEntryAsAnAliasIs() {
        TestSite site = new TestSite(dir)
                .file("content/about.md", "---\ntitle: About\n---\n")
                .file("content/x.md", "---\ntitle: X\nredirect_from: /old/\n---\n")
                .file("content/y.md", "---\ntitle: Y\naliases: [/new/]\nredirect_from:\n  - /older.html\n  - /about\n---\n")
                .file("content/z.md", "---\ntitle: Z\naliases: [/old/]\n---\n")
                .post("a.md", "A", "2024-01-01");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/y.md:6:5: alias /about/ is also the address of the page content/about.md:1:1, "
                        + "expected each output path once (change the alias)",
                "content/z.md:3:11: alias /old/ is also the address of the alias at content/x.md:3:16, "
                        + "expected each output path once (change the alias)"), e.lines());
    }

    @Test
    void twoAliasesOnOneAddressAreOneErrorAtTheLaterFile() {
        TestSite site = new TestSite(dir)
                .file("content/x.md", "---\ntitle: X\naliases: [/old/]\n---\n")
                .file("content/y.md", "---\ntitle: Y\naliases: [/old/]\n---\n")
                .post("a.md", "A", "2024-01-01");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/y.md:3:11: alias /old/ is also the address of the alias at content/x.md:3:11, "
                + "expected each output path once (change the alias)"), e.lines());
    }

    @Test
    void aPageOnASectionListNamesTheSectionsIndex() {
        TestSite site = new TestSite(dir)
                .file("content/docs/_index.md", "---\ntitle: Docs\n---\n")
                .file("content/docs/intro.md", "---\ntitle: Intro\n---\n")
                .file("content/guide.md", "---\ntitle: Guide\nurl: /docs/\n---\n")
                .post("a.md", "A", "2024-01-01");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/guide.md:3:1: page path /docs/ is also the address of the list page of the section content/docs/ "
                + "(content/docs/_index.md:1:1), expected each output path once (change the slug:, url: or file name)"), e.lines());
    }
}
