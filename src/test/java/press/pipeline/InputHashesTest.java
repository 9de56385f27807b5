package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.publish.Manifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The input hashes build.json records: which files go into which hash. */
class InputHashesTest {
    @TempDir
    Path site;

    @Test
    void contentIsTheListedPostsAndStaticFilesByNameAndBytes() throws Exception {
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("content/posts/a.md"), "A");
        Files.writeString(site.resolve("content/posts/b.md"), "B");
        Files.writeString(site.resolve("content/about.md"), "not a post");
        List<Path> posts = List.of(Path.of("content/posts/a.md"));
        Manifest.Inputs in = InputHashes.of(site, posts, 1, 1, 0);
        assertEquals("", in.config(), "no site.yaml: no config hash");
        assertEquals(new Manifest.Inputs("", in.content(), in.templates(), 3, 4, 5), InputHashes.of(site, posts, 3, 4, 5), "the counts as given");

        Files.writeString(site.resolve("content/posts/b.md"), "B2");
        Files.writeString(site.resolve("content/about.md"), "changed");
        assertEquals(in.content(), InputHashes.of(site, posts, 1, 1, 0).content(), "only the listed posts and static files count");

        Files.writeString(site.resolve("content/posts/a.md"), "A2");
        String changed = InputHashes.of(site, posts, 1, 1, 0).content();
        assertNotEquals(in.content(), changed, "a post's bytes");
        Files.createDirectories(site.resolve("static"));
        Files.writeString(site.resolve("static/x.txt"), "x");
        assertNotEquals(changed, InputHashes.of(site, posts, 1, 1, 0).content(), "a static file");

        Files.writeString(site.resolve("content/posts/b.md"), "A2");
        assertNotEquals(InputHashes.of(site, posts, 1, 1, 0).content(), InputHashes.of(site, List.of(Path.of("content/posts/b.md")), 1, 1, 0).content(),
                "equal bytes under another name");
        // a memory of the files' hashes gives what reading every file gives, before and after a change
        FileHashes known = new FileHashes();
        assertEquals(InputHashes.of(site, posts, 1, 1, 0), InputHashes.of(site, posts, 1, 1, 0, known));
        Files.writeString(site.resolve("content/posts/a.md"), "A3, longer");
        assertEquals(InputHashes.of(site, posts, 1, 1, 0), InputHashes.of(site, posts, 1, 1, 0, known));
        assertNotEquals(changed, InputHashes.of(site, posts, 1, 1, 0, known).content());
        Files.writeString(site.resolve("content/site.yaml"), "title: x\n");
        assertEquals(Manifest.sha256("title: x\n".getBytes()), InputHashes.of(site, posts, 1, 1, 0).config());
    }
}
