package press.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static press.serve.FakeSite.write;

/** What a request's segments name in the output folder: a file, a folder, or nothing servable (outside, hidden, gone). */
class SiteFilesTest {
    @TempDir
    Path tmp;
    Path out;
    SiteFiles files;

    @BeforeEach
    void site() throws IOException {
        out = tmp.resolve("site");
        write(out.resolve("index.html"), "home");
        write(out.resolve("posts/a/index.html"), "a");
        write(out.resolve(".well-known/x.txt"), "hidden");
        write(tmp.resolve("site-leak/secret.txt"), "secret");
        write(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(out.resolve("up"), tmp);
        Files.createSymbolicLink(out.resolve("alias.html"), out.resolve("index.html"));
        files = new SiteFiles(out);
    }

    private SiteFiles.Found find(String... segments) {
        return files.find(List.of(segments));
    }

    @Test
    void aFileAndAFolderAreFoundWithTheirRealPaths() throws IOException {
        SiteFiles.File f = assertInstanceOf(SiteFiles.File.class, find("posts", "a", "index.html"));
        assertEquals(out.toRealPath().resolve("posts/a/index.html"), f.real());
        assertEquals(1, f.size());
        assertEquals(Files.getLastModifiedTime(f.real()).toInstant().toEpochMilli(), f.modifiedNanos() / 1_000_000);
        assertInstanceOf(SiteFiles.Directory.class, find("posts"));
        assertInstanceOf(SiteFiles.Directory.class, find());
    }

    @Test
    void nothingOutsideTheRootIsServedWhateverTheRoute() {
        assertInstanceOf(SiteFiles.Missing.class, find("..", "secret.txt"));
        assertInstanceOf(SiteFiles.Missing.class, find("..", "site-leak", "secret.txt"), "a sibling whose name extends the root's");
        assertInstanceOf(SiteFiles.Missing.class, find("up", "secret.txt"), "a symlink out of the root");
        assertInstanceOf(SiteFiles.Missing.class, find("up"));
        assertInstanceOf(SiteFiles.Missing.class, find("/etc/passwd"));
    }

    @Test
    void hiddenAndMissingPathsAreNothing() {
        assertInstanceOf(SiteFiles.Missing.class, find(".well-known", "x.txt"));
        assertInstanceOf(SiteFiles.Missing.class, find("nope.html"));
        assertInstanceOf(SiteFiles.Missing.class, find("index.html", "more"));
        assertInstanceOf(SiteFiles.Missing.class, find("bad\0name"), "a name no file can have is nothing, not an exception");
    }

    @Test
    void aSymlinkInsideTheRootToAFileInsideItIsServed() {
        assertInstanceOf(SiteFiles.File.class, find("alias.html"));
    }

    @Test
    void theRootIsLookedUpOnEveryCallSoASwappedFolderIsSeen() throws IOException {
        assertInstanceOf(SiteFiles.File.class, find("index.html"));
        Files.move(out, tmp.resolve("old"));
        assertInstanceOf(SiteFiles.Missing.class, find("index.html"), "no folder, nothing");
        write(out.resolve("new.html"), "new");
        assertInstanceOf(SiteFiles.File.class, find("new.html"));
        assertInstanceOf(SiteFiles.Missing.class, find("index.html"));
    }
}
