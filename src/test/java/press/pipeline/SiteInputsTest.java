package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The digest that says whether a saved build still holds: what changes it and what does not. */
class SiteInputsTest {
    @TempDir
    Path site;

    private BuildOptions options(boolean drafts) {
        return new BuildOptions(site, site.resolve("site"), null, drafts, 1);
    }

    @Test
    void aFileUnderTheInputFoldersOrAnOptionChangesItAndNothingElseDoes() throws Exception {
        Files.createDirectories(site.resolve("content/posts"));
        Files.createDirectories(site.resolve("templates"));
        Path post = Files.writeString(site.resolve("content/posts/a.md"), "one");
        String before = SiteInputs.of(site, options(false));
        assertEquals(before, SiteInputs.of(site, options(false)));
        assertEquals(before, SiteInputs.of(site, new BuildOptions(site, site.resolve("site"), null, false, 4)), "the thread count is not an input");
        Files.writeString(site.resolve("README.md"), "not an input");
        Files.createDirectories(site.resolve("site"));
        Files.writeString(site.resolve("site/index.html"), "the output");
        assertEquals(before, SiteInputs.of(site, options(false)), "files outside content/, templates/ and static/ do not count");

        assertNotEquals(before, SiteInputs.of(site, options(true)), "drafts");
        assertNotEquals(before, SiteInputs.of(site, new BuildOptions(site, site.resolve("site"), "https://x.org/", false, 1)), "base url");
        assertNotEquals(before, SiteInputs.of(site, new BuildOptions(site, site.resolve("other"), null, false, 1)), "output folder");

        FileTime time = Files.getLastModifiedTime(post);
        Files.setLastModifiedTime(post, FileTime.fromMillis(time.toMillis() + 5000));
        assertNotEquals(before, SiteInputs.of(site, options(false)), "a touched file");
        Files.setLastModifiedTime(post, time);
        assertEquals(before, SiteInputs.of(site, options(false)));
        Files.writeString(site.resolve("templates/x.mustache"), "");
        assertNotEquals(before, SiteInputs.of(site, options(false)), "a new template");
    }

    @Test
    void aLinkedFileCountsByWhatItNamesAndABrokenLinkByItself() throws Exception {
        Files.createDirectories(site.resolve("content/posts"));
        Path target = Files.writeString(site.resolve("shared.md"), "one");
        Files.createSymbolicLink(site.resolve("content/posts/a.md"), target);
        String before = SiteInputs.of(site, options(false));
        Files.setLastModifiedTime(target, FileTime.fromMillis(Files.getLastModifiedTime(target).toMillis() + 5000));
        assertNotEquals(before, SiteInputs.of(site, options(false)), "the linked file was touched");
        String touched = SiteInputs.of(site, options(false));
        Files.createSymbolicLink(site.resolve("content/posts/gone.md"), site.resolve("missing.md"));
        assertNotEquals(touched, SiteInputs.of(site, options(false)), "a broken link is an input too, and no error");
    }

    @Test
    void pressItselfIsDigestedOnce() {
        assertTrue(SiteInputs.press().matches("[0-9a-f]{32}"), "a content hash of the jar: " + SiteInputs.press());
        assertEquals(SiteInputs.press(), SiteInputs.press());
    }

    /** The check walks content/ anyway: the files it lists are the ones the scan's own walk finds, which the build then takes. */
    @Test
    void theContentFilesListedAreTheScansOwn() throws Exception {
        Files.createDirectories(site.resolve("content/posts/.drafts"));
        Files.createDirectories(site.resolve("content/.git"));
        Files.createDirectories(site.resolve("content/b/c"));
        Files.writeString(site.resolve("content/posts/a.md"), "a");
        Files.writeString(site.resolve("content/posts/.hidden.md"), "dotfile");
        Files.writeString(site.resolve("content/posts/.drafts/x.md"), "in a dot folder");
        Files.writeString(site.resolve("content/.git/HEAD"), "in a dot folder");
        Files.writeString(site.resolve("content/b/c/d.png"), "image");
        Files.writeString(site.resolve("content/b/index.md"), "bundle");
        Files.writeString(site.resolve("content/site.yaml"), "title: x\n");
        Path elsewhere = Files.createDirectories(site.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("z.md"), "z");
        Files.createSymbolicLink(site.resolve("content/posts/linked.md"), elsewhere.resolve("z.md"));
        Files.createSymbolicLink(site.resolve("content/posts/folder"), elsewhere); // a linked folder is not entered
        Files.createSymbolicLink(site.resolve("content/posts/broken.md"), site.resolve("missing.md"));
        SiteInputs.Checked checked = SiteInputs.check(site, options(false));
        var config = press.config.SiteConfig.defaults().content();
        assertEquals(press.content.ContentScanner.scan(site, config), press.content.ContentScanner.scan(site, config, checked.content()));
        assertEquals(java.util.List.of(Path.of("b/c/d.png"), Path.of("b/index.md"), Path.of("posts/a.md"), Path.of("posts/linked.md"),
                Path.of("site.yaml")), checked.content());
        assertEquals(checked.digest(), SiteInputs.of(site, options(false)));
        assertEquals(java.util.Set.of("content/b/c/d.png", "content/b/index.md", "content/posts/a.md", "content/posts/.hidden.md",
                "content/posts/.drafts/x.md", "content/.git/HEAD", "content/site.yaml"), checked.stats().keySet(), "regular files, links left out");
        assertEquals(1, checked.stats().get("content/posts/a.md").size());

        // content/ as a link: the scan does not follow it, so the check lists nothing for it to take
        Path moved = Files.move(site.resolve("content"), site.resolve("real-content"));
        Files.createSymbolicLink(site.resolve("content"), moved);
        assertEquals(null, SiteInputs.check(site, options(false)).content());
    }
}
