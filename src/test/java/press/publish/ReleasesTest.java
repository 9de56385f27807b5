package press.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;
import press.testing.TestSite;
import press.testing.SiteFixture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** press build publishes releases: a symlink switched in one rename, a manifest, rollback, pruning, migration, verification. */
class ReleasesTest {
    @TempDir
    Path tmp;

    private TestSite site(String yaml) {
        TestSite s = new TestSite(tmp.resolve("src")).config(yaml);
        s.post("a.md", "Alpha", "2024-01-01", "tags: [java]");
        s.post("b.md", "Beta", "2024-01-02", "tags: [java, go]");
        return s;
    }

    private int build(TestSite s, String... more) {
        String[] base = {"build", "--source", s.root.toString(), "--out", out().toString(), "--threads", "2", "--no-cache"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Main.run(args);
    }

    private Path out() {
        return tmp.resolve("pub/site");
    }

    @Test
    void eachBuildIsAReleaseWithAManifestAndTheSameInputGivesTheSameBytes() throws IOException {
        TestSite s = site("title: t\n");
        assertEquals(Main.OK, build(s));
        assertEquals(Main.OK, build(s));
        assertTrue(Files.isSymbolicLink(out()));
        List<Releases.Release> all = Releases.of(out()).list();
        assertEquals(2, all.size());
        assertTrue(all.get(1).live());
        assertFalse(all.get(0).live());
        assertNull(SiteFixture.difference(SiteFixture.tree(all.get(0).folder()), SiteFixture.tree(all.get(1).folder())),
                "the same input must give byte-identical releases");
        assertTrue(all.get(1).id().matches("\\d{8}T\\d{6}Z-[0-9a-f]{12}(-\\d+)?"), all.get(1).id());
        assertEquals(all.get(0).id().substring(17, 29), all.get(1).id().substring(17, 29), "the id's hash part is the content's");

        Manifest m = all.get(1).manifest().orElseThrow();
        SortedMap<String, byte[]> files = SiteFixture.tree(out());
        files.remove(Manifest.FILE);
        assertEquals(files.keySet(), m.files().keySet());
        files.forEach((path, bytes) -> assertEquals(Manifest.fileHash(bytes), m.files().get(path), path));
        assertEquals(2, m.counts().posts());
        assertEquals(files.size(), m.counts().files());
        assertEquals(Manifest.PRESS_VERSION, m.press());
        assertEquals(Manifest.sha256("title: t\n".getBytes(StandardCharsets.UTF_8)), m.config());
        assertEquals(32, m.content().length());
        assertEquals(Manifest.HASH, m.hash());
    }

    @Test
    void rollbackRestoresThePreviousReleaseByteForByte() throws IOException {
        TestSite s = site("title: t\n");
        assertEquals(Main.OK, build(s));
        SortedMap<String, byte[]> first = SiteFixture.tree(out());
        s.post("c.md", "Gamma", "2024-01-03", "tags: [rust]");
        assertEquals(Main.OK, build(s));
        assertTrue(SiteFixture.tree(out()).containsKey("posts/gamma/index.html"));

        assertEquals(Main.OK, Main.run("rollback", "--out", out().toString()));
        assertNull(SiteFixture.difference(first, SiteFixture.tree(out())));
        assertTrue(Files.isSymbolicLink(out()));
        // and forward again by id
        String newest = Releases.of(out()).list().get(1).id();
        assertEquals(Main.OK, Main.run("rollback", newest, "--out", out().toString()));
        assertTrue(SiteFixture.tree(out()).containsKey("posts/gamma/index.html"));
        assertEquals(Main.PROBLEMS, Main.run("rollback", "no-such-release", "--out", out().toString()));
    }

    @Test
    void theLastNReleasesAreKept() throws IOException {
        TestSite s = site("output: {keep: 2}\n");
        for (int i = 0; i < 4; i++) {
            s.post("n" + i + ".md", "Post " + i, "2024-02-0" + (i + 1));
            assertEquals(Main.OK, build(s));
        }
        List<Releases.Release> all = Releases.of(out()).list();
        assertEquals(2, all.size());
        assertTrue(all.get(1).live());
        assertTrue(SiteFixture.tree(out()).containsKey("posts/post-3/index.html"));
        press.output.Trash.await(); // the pruned releases are deleted in the background
        try (var l = Files.list(Releases.of(out()).folder())) {
            assertEquals(2, l.count(), "no partial or trash folders left");
        }
    }

    @Test
    void aFolderPressWroteBecomesAReleaseOnTheFirstReleaseBuild() throws IOException {
        TestSite s = site("title: t\n");
        assertEquals(Main.OK, build(s, "--folder"));
        assertFalse(Files.isSymbolicLink(out()));
        assertTrue(Files.isDirectory(out()));
        SortedMap<String, byte[]> folder = SiteFixture.tree(out());

        s.post("c.md", "Gamma", "2024-01-03");
        assertEquals(Main.OK, build(s));
        assertTrue(Files.isSymbolicLink(out()));
        List<Releases.Release> all = Releases.of(out()).list();
        assertEquals(2, all.size());
        assertTrue(all.get(0).id().endsWith("-folder"), all.get(0).id());
        assertTrue(all.get(0).manifest().isEmpty());

        assertEquals(Main.OK, Main.run("rollback", "--out", out().toString()));
        assertNull(SiteFixture.difference(folder, SiteFixture.tree(out())));
    }

    @Test
    void aFailedFirstBuildLeavesNoReleasesFolder() {
        TestSite s = site("title: t\n");
        s.post("bad.md", "---\ntitle: Bad\ndate: 2024-02-03\n---\n[broken](/posts/none/)\n"); // fails the release check, after writing
        assertEquals(Main.PROBLEMS, build(s));
        assertFalse(Files.exists(out(), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(Releases.of(out()).folder()));
    }

    @Test
    void folderModeFromSiteYamlKeepsAPlainFolder() {
        TestSite s = site("output: {mode: folder}\n");
        assertEquals(Main.OK, build(s));
        assertEquals(Main.OK, build(s));
        assertFalse(Files.isSymbolicLink(out()));
        assertFalse(Files.exists(Releases.of(out()).folder()));
    }

    @Test
    void aReleaseWithABrokenInternalLinkIsNotSwitchedTo() throws IOException {
        TestSite s = site("title: t\n");
        assertEquals(Main.OK, build(s));
        SortedMap<String, byte[]> before = SiteFixture.tree(out());
        s.post("c.md", "---\ntitle: Gamma\ndate: 2024-01-03\n---\nsee [the missing one](/posts/nope/)\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = build(s);
        } finally {
            System.setErr(old);
        }
        assertEquals(Main.PROBLEMS, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "content/posts/c.md:5:5: link [the missing one](/posts/nope/): names no file of the release (posts/nope/index.html), expected a page, "
                        + "a static file or a file of this page's bundle (output.broken_links: warn in site.yaml publishes anyway)"), err.toString());
        assertNull(SiteFixture.difference(before, SiteFixture.tree(out())));
        assertEquals(1, Releases.of(out()).list().size());
    }

    @Test
    void theSwitchIsOneRenameOfASymlink() throws IOException {
        TestSite s = site("title: t\n");
        assertEquals(Main.OK, build(s));
        Releases r = Releases.of(out());
        String first = r.live().orElseThrow();
        assertEquals(Main.OK, build(s));
        assertFalse(Files.exists(out().resolveSibling("site.tmp-link"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals(Path.of("site-releases", r.live().orElseThrow()), Files.readSymbolicLink(out()), "relative link, so the folder can move");
        r.switchTo(first);
        assertEquals(first, r.live().orElseThrow());
        assertArrayEquals(Files.readAllBytes(r.folder().resolve(first).resolve("index.html")), Files.readAllBytes(out().resolve("index.html")));
    }

    @Test
    void diffListsThePagesAddedChangedAndRemoved() throws IOException {
        TestSite s = site("title: t\n");
        assertEquals(Main.OK, build(s));
        s.post("c.md", "Gamma", "2024-01-03");
        java.nio.file.Files.delete(s.root.resolve("content/posts/a.md"));
        assertEquals(Main.OK, build(s));
        List<Releases.Release> all = Releases.of(out()).list();
        ByteArrayOutputStream so = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(so, true, StandardCharsets.UTF_8));
            assertEquals(Main.OK, Main.run("diff", all.get(0).id(), all.get(1).id(), "--out", out().toString()));
        } finally {
            System.setOut(old);
        }
        List<String> lines = so.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.contains("+ posts/gamma/index.html"), lines.toString());
        assertTrue(lines.contains("- posts/alpha/index.html"), lines.toString());
        assertTrue(lines.contains("~ index.html"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("sitemap.xml")), "pages only unless --all");
        ManifestDiff d = ManifestDiff.between(all.get(0).manifest().orElseThrow(), all.get(1).manifest().orElseThrow());
        assertTrue(d.changed().contains("sitemap.xml"));
        assertEquals(lines.get(lines.size() - 1), d.pages().added().size() + " added, " + d.pages().changed().size() + " changed, "
                + d.pages().removed().size() + " removed pages");
    }

    @Test
    void diffComparesWithAReleaseOfAnOlderPressThatHashedItsFilesWithSha256() throws IOException {
        TestSite s = site("title: t\n");
        assertEquals(Main.OK, build(s));
        s.post("c.md", "Gamma", "2024-01-03");
        assertEquals(Main.OK, build(s));
        List<Releases.Release> all = Releases.of(out()).list();
        List<String> sameKind = diff(all.get(0).id(), all.get(1).id());
        Path older = all.get(0).folder().resolve(Manifest.FILE); // as press 0.1 wrote it: no "hash", sha-256 per file
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(older.toFile());
        json.remove("hash");
        com.fasterxml.jackson.databind.node.ObjectNode files = (com.fasterxml.jackson.databind.node.ObjectNode) json.get("files");
        for (String f : iterable(files.fieldNames())) files.put(f, Manifest.sha256(Files.readAllBytes(all.get(0).folder().resolve(f))));
        Files.write(older, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(json));
        assertEquals("sha256", Manifest.read(older).hash());
        List<String> lines = diff(all.get(0).id(), all.get(1).id());
        assertTrue(lines.contains("+ posts/gamma/index.html"), lines.toString());
        assertEquals(sameKind, lines, "the same diff whatever hash the older release used");
    }

    private List<String> diff(String from, String to) {
        ByteArrayOutputStream so = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(so, true, StandardCharsets.UTF_8));
            assertEquals(Main.OK, Main.run("diff", from, to, "--all", "--out", out().toString()));
        } finally {
            System.setOut(old);
        }
        return so.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
