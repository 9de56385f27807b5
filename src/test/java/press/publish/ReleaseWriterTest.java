package press.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.testing.SiteFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One release: files into a partial folder, then build.json, the check, the id, one switch of the symlink, pruning; nothing live is touched before. */
class ReleaseWriterTest {
    private static final Clock MAY_FIRST = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    private static final ReleaseWriter.Settings SETTINGS = new ReleaseWriter.Settings("https://example.org/", "/", 2,
            new Manifest.Inputs("c0nf", "c0ntent", "t3mplates", 1, 0, 0));

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("site");
    }

    private Path releasesFolder() {
        return dir.resolve("site-releases");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The two files every release needs, and a home page linking to one. */
    private static void minimalSite(ReleaseWriter w, String home) {
        w.write("sitemap.xml", utf8("<urlset/>"));
        w.write("feed.xml", utf8("<feed/>"));
        w.write("index.html", utf8(home));
    }

    /** What {@code folder} holds once the background deletions ({@link press.output.Trash}) are done. */
    private List<String> entries(Path folder) throws IOException {
        press.output.Trash.await();
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCommittedReleaseIsNamedByTimeAndManifestAndSwitchedLive() throws IOException {
        Path source = dir.resolve("logo.png");
        Files.write(source, new byte[] {1, 2, 3});
        String id;
        try (ReleaseWriter w = ReleaseWriter.begin(out(), SETTINGS, MAY_FIRST)) {
            minimalSite(w, "<a href=\"/about/\">about</a> <img src=\"logo.png\">");
            w.write("about/index.html", utf8("<a href=\"https://example.org/\">home</a>"));
            w.copy("logo.png", source);
            assertFalse(Files.exists(out()), "nothing is live before the commit");
            w.commit();
            id = w.id();
        }
        byte[] manifest = Files.readAllBytes(releasesFolder().resolve(id).resolve(Manifest.FILE));
        assertEquals("20240501T100000Z-" + Manifest.fileHash(manifest).substring(0, 12), id);
        assertTrue(Files.isSymbolicLink(out()));
        assertEquals(Path.of("site-releases", id), Files.readSymbolicLink(out()), "a relative link, so the pair can move together");
        assertEquals(List.of(id), entries(releasesFolder()), "the partial folder became the release");
        Manifest m = Manifest.read(out().resolve(Manifest.FILE));
        assertEquals(List.of(".press-output", "about/index.html", "feed.xml", "index.html", "logo.png", "sitemap.xml"), List.copyOf(m.files().keySet()));
        assertEquals(Manifest.fileHash(new byte[] {1, 2, 3}), m.files().get("logo.png"));
        assertEquals(Manifest.HASH, m.hash());
        assertEquals(new Manifest.Counts(1, 6, 0, 0), m.counts());
        assertEquals("c0ntent", m.content());
        assertEquals("<feed/>", Files.readString(out().resolve("feed.xml")));
    }

    @Test
    void theSameManifestInTheSameSecondGetsAnotherId() throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try (ReleaseWriter w = ReleaseWriter.begin(out(), SETTINGS, MAY_FIRST)) {
                minimalSite(w, "<p>same</p>");
                w.commit();
                ids.add(w.id());
            }
        }
        assertEquals(ids.get(0) + "-2", ids.get(1));
        assertEquals(ids, entries(releasesFolder()));
        assertEquals(Path.of("site-releases", ids.get(1)), Files.readSymbolicLink(out()));
    }

    @Test
    void onlyTheNewestReleasesAreKept() throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Clock later = Clock.offset(MAY_FIRST, java.time.Duration.ofMinutes(i));
            try (ReleaseWriter w = ReleaseWriter.begin(out(), SETTINGS, later)) {
                minimalSite(w, "<p>release " + i + "</p>");
                w.commit();
                ids.add(w.id());
            }
        }
        assertTrue(ids.get(3).startsWith("20240501T100300Z-"), ids.get(3));
        assertEquals(ids.subList(2, 4), entries(releasesFolder()), "keep: 2");
    }

    @Test
    void aPrunedReleaseLeavesTheListAtOnceAndTheDiskInTheBackground() throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (ReleaseWriter w = ReleaseWriter.begin(out(), SETTINGS, Clock.offset(MAY_FIRST, java.time.Duration.ofMinutes(i)))) {
                minimalSite(w, "<p>release " + i + "</p>");
                w.commit();
                ids.add(w.id());
            }
            // no await here: the list never shows a release on its way out, whether or not it is deleted yet
            assertEquals(ids.subList(Math.max(0, ids.size() - 2), ids.size()),
                    Releases.of(out()).list().stream().map(Releases.Release::id).toList());
        }
        assertEquals(ids.subList(1, 3), entries(releasesFolder()), "the trash is deleted, not kept");
    }

    @Test
    void aReleaseThatFailsItsCheckIsNeverSwitchedToAndLeavesNothing() {
        ReleaseWriter w = ReleaseWriter.begin(out(), SETTINGS, MAY_FIRST);
        w.write("index.html", utf8("<a href=\"/gone/\">x</a> <a href=\"gone/\">y</a> <a href=\"https://other.org/gone/\">z</a>"));
        BuildException e = assertThrows(BuildException.class, w::commit);
        assertEquals(List.of("site/feed.xml: release check: missing, expected every release to have it",
                "site/index.html: release check: link /gone/ names no file of the release (expected gone/index.html)",
                "site/sitemap.xml: release check: missing, expected every release to have it"), e.lines());
        w.close();
        assertFalse(Files.exists(out()));
        assertFalse(Files.exists(releasesFolder()), "a first build that failed leaves no releases folder");
    }

    @Test
    void aFailedBuildAfterALiveReleaseLeavesTheLiveOneAsItWas() throws IOException {
        try (ReleaseWriter w = ReleaseWriter.begin(out(), SETTINGS, MAY_FIRST)) {
            minimalSite(w, "<p>live</p>");
            w.commit();
        }
        var before = SiteFixture.tree(out());
        try (ReleaseWriter w = ReleaseWriter.begin(out(), SETTINGS, MAY_FIRST)) {
            minimalSite(w, "<p>next</p>");
            assertEquals(2, entries(releasesFolder()).size(), "the release and the partial one");
        } // closed without commit: the build failed
        assertEquals(1, entries(releasesFolder()).size());
        assertEquals(null, SiteFixture.difference(before, SiteFixture.tree(out())));
    }

    @Test
    void aPathOutsideTheReleaseIsRefused() {
        try (ReleaseWriter w = ReleaseWriter.begin(out(), SETTINGS, MAY_FIRST)) {
            for (String bad : List.of("../escape.html", "/abs.html", "a\\b.html", "")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.write(bad, utf8("x")), bad);
                assertEquals("output path \"" + bad + "\" is outside the output folder", e.getMessage());
            }
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void aFolderPressDidNotWriteIsNeverReplacedAndLeftoversOfKilledBuildsGo() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("mine.txt"), "an author's file");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReleaseWriter.begin(out(), SETTINGS, MAY_FIRST));
        assertEquals("refusing to replace " + out().toAbsolutePath() + ": it holds files press did not write (no .press-output), "
                + "expected an empty folder or an earlier press output", e.getMessage());
        Files.delete(out().resolve("mine.txt"));
        Files.createDirectories(releasesFolder().resolve(".partial-killed"));
        Files.createDirectories(releasesFolder().resolve(".trash-old"));
        try (ReleaseWriter w = ReleaseWriter.begin(out(), SETTINGS, MAY_FIRST)) {
            assertEquals(1, entries(releasesFolder()).size(), "only this build's partial folder: " + entries(releasesFolder()));
        }
    }
}
