package press.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The folder of a pruned release taken for a new one: what is kept (the same inode), what gets a new inode, what is deleted. */
class PartialReleaseTest {
    private static final Clock MAY_FIRST = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Object inode(Path file) throws IOException {
        return Files.getAttribute(file, "unix:ino");
    }

    /** A release of the site at {@code minute} past ten: the two files every release needs, a home page and {@code files}. */
    private String release(int keep, int minute, Map<String, String> files) {
        ReleaseWriter.Settings settings = new ReleaseWriter.Settings("https://example.org/", "/", keep, new Manifest.Inputs("c", "c", "t", 1, 0, 0));
        try (ReleaseWriter w = ReleaseWriter.begin(dir.resolve("site"), settings, Clock.offset(MAY_FIRST, Duration.ofMinutes(minute))).recycling()) {
            w.write("sitemap.xml", utf8("<urlset/>"));
            w.write("feed.xml", utf8("<feed/>"));
            files.forEach((path, text) -> w.write(path, utf8(text)));
            w.commit();
            return w.id();
        }
    }

    private Path folder(String id) {
        return dir.resolve("site-releases").resolve(id);
    }

    @Test
    void anUnchangedFileKeepsItsInodeAChangedOneGetsANewOneAndTheRestIsDeleted() throws IOException {
        String first = release(2, 0, Map.of("index.html", "<p>one</p>", "same.txt", "same", "gone/old.txt", "old"));
        Object same = inode(folder(first).resolve("same.txt"));
        Object index = inode(folder(first).resolve("index.html"));
        String second = release(2, 1, Map.of("index.html", "<p>two</p>", "same.txt", "same"));
        assertNotEquals(same, inode(folder(second).resolve("same.txt")), "nothing is linked without a memory of the last release");
        String third = release(2, 2, Map.of("index.html", "<p>three</p>", "same.txt", "same", "new/file.txt", "new"));
        Path now = folder(third);
        assertEquals(List.of(second, third), ids(), "the first release became the third");
        assertEquals(same, inode(now.resolve("same.txt")), "an unchanged file is kept as it is");
        assertNotEquals(index, inode(now.resolve("index.html")), "a changed file is a new inode");
        assertEquals("<p>three</p>", Files.readString(now.resolve("index.html")));
        assertFalse(Files.exists(now.resolve("gone")), "a file the new release lacks is deleted, and its folder");
        assertEquals(Set.of(".press-output", "sitemap.xml", "feed.xml", "index.html", "same.txt", "new/file.txt"),
                Manifest.read(now.resolve(Manifest.FILE)).files().keySet());
        try (Stream<Path> s = Files.walk(now)) {
            assertEquals(7, s.filter(Files::isRegularFile).count(), "the six files build.json lists, build.json itself and nothing else: " + now);
        }
    }

    @Test
    void keepOneGivesAFreshFolder() throws IOException {
        String first = release(2, 0, Map.of("same.txt", "same"));
        release(2, 1, Map.of("same.txt", "same"));
        Object same = inode(folder(first).resolve("same.txt"));
        Path held = Files.createDirectories(dir.resolve("held"));
        Files.createLink(held.resolve("same.txt"), folder(first).resolve("same.txt")); // its inode number is not given to a new file
        String third = release(1, 2, Map.of("same.txt", "same")); // prunes both: the first would be recycled with keep 2
        assertEquals(List.of(third), ids());
        assertNotEquals(same, inode(folder(third).resolve("same.txt")), "a fresh folder");
    }

    @Test
    void aFileSharedWithAnotherReleaseIsReplacedNotWrittenInto() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other/a"));
        Path root = Files.createDirectories(dir.resolve("recycled/a"));
        Files.writeString(other.resolve("page.html"), "old bytes");
        Files.createLink(root.resolve("page.html"), other.resolve("page.html"));
        PartialRelease p = PartialRelease.recycled(dir.resolve("recycled"), Map.of("a/page.html", "d-old"));
        assertTrue(p.holds("a/page.html", "d-old"));
        assertFalse(p.holds("a/page.html", "d-new"));
        p.write("a/page.html", utf8("new bytes"));
        assertEquals("new bytes", Files.readString(root.resolve("page.html")));
        assertEquals("old bytes", Files.readString(other.resolve("page.html")), "the other release's file, the same inode before");
        p.link("a/linked.html", other.resolve("page.html"));
        assertTrue(Files.isSameFile(other.resolve("page.html"), root.resolve("linked.html")));
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of("linked.html", "page.html"), s.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void aFileWhereAFolderGoesAndAFolderWhereAFileGoesAreReplaced() throws IOException {
        Path root = Files.createDirectories(dir.resolve("recycled"));
        Files.writeString(root.resolve("x"), "a file");
        Files.createDirectories(root.resolve("y/deep"));
        Files.writeString(root.resolve("y/deep/z.txt"), "in a folder");
        PartialRelease p = PartialRelease.recycled(root, Map.of("x", "d-x", "y/deep/z.txt", "d-z"));
        p.write("x/index.html", utf8("now a folder"));
        p.write("y", utf8("now a file"));
        p.finish(Set.of("x/index.html", "y"));
        assertEquals("now a folder", Files.readString(root.resolve("x/index.html")));
        assertEquals("now a file", Files.readString(root.resolve("y")));
        try (Stream<Path> s = Files.walk(root)) {
            assertEquals(List.of("", "x", "x/index.html", "y"), s.map(f -> root.relativize(f).toString()).sorted().toList());
        }
    }

    private List<String> ids() throws IOException {
        press.output.Trash.await();
        try (Stream<Path> s = Files.list(dir.resolve("site-releases"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
