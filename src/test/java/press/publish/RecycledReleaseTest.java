package press.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.cli.Main;
import press.testing.CliRun;
import press.testing.SiteFixture;
import press.testing.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press build} with a full {@code keep}: the new release takes the folder of the release its
 * commit would prune ({@link PartialRelease}), and still equals a clean build's release byte for byte
 * after every kind of change, while every older release stays exactly as it was committed (a file
 * written in place through an inode that releases share would change them).
 */
class RecycledReleaseTest {
    @TempDir
    Path dir;

    private int cleans;

    private TestSite site(int keep) {
        return new TestSite(dir.resolve("src")).config("posts_per_page: 2\noutput: {keep: " + keep + "}\n")
                .post("a.md", "Alpha", "2024-01-01", "tags: [caching, cdn]")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching]")
                .post("c.md", "Gamma", "2024-01-03", "tags: [go]")
                .file("static/files/notes.txt", "notes one\n")
                .file("static/kept.txt", "never changes\n");
    }

    private Path out() {
        return dir.resolve("pub/site");
    }

    private CliRun build(TestSite site, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--progress", "never", "--source", site.root.toString(), "--out", out().toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Every file of {@code folder} by path, as a hash of its bytes. */
    private static SortedMap<String, String> hashes(Path folder) {
        SortedMap<String, String> out = new TreeMap<>();
        SiteFixture.tree(folder).forEach((path, bytes) -> out.put(path, Manifest.sha256(bytes)));
        return out;
    }

    /** Every folder under {@code root}, so that an empty folder left behind shows. */
    private static SortedSet<String> folders(Path root) throws IOException {
        Path real = root.toRealPath();
        try (Stream<Path> s = Files.walk(real)) {
            return new TreeSet<>(s.filter(Files::isDirectory).map(p -> real.relativize(p).toString()).toList());
        }
    }

    private static Object folderKey(Path folder) throws IOException {
        return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
    }

    private static void edit(Path file, String text) throws IOException {
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Math.max(before.toMillis() + 2000, System.currentTimeMillis())));
    }

    /** The release a clean build of {@code site} makes, into a folder of its own (nothing to recycle or link from). */
    private Path clean(TestSite site) {
        Path clean = dir.resolve("clean-" + (++cleans) + "/site");
        CliRun r = CliRun.of("build", "--no-cache", "--progress", "never", "--source", site.root.toString(), "--out", clean.toString());
        assertEquals(0, r.code(), r.err());
        return clean;
    }

    /** The releases, each as committed: what every later build must leave as it is. */
    private final Map<String, SortedMap<String, String>> committed = new HashMap<>();

    /**
     * One build that must succeed: its release equals a clean one (files, bytes, folders), every
     * older release equals what it was when committed, and when {@code recycles}, the release its
     * commit would have pruned became the new one (the same folder inode).
     */
    private void builds(TestSite site, boolean recycles, String... extra) throws IOException {
        SortedMap<String, Path> before = releases();
        String liveBefore = Files.exists(out()) ? out().toRealPath().getFileName().toString() : null;
        Map<Object, String> keys = new HashMap<>();
        for (var r : before.entrySet()) keys.put(folderKey(r.getValue()), r.getKey());
        CliRun r = build(site, extra);
        assertEquals(0, r.code(), r.out() + r.err());
        Path live = out().toRealPath();
        String id = live.getFileName().toString();
        Path clean = clean(site);
        assertNull(SiteFixture.difference(SiteFixture.tree(clean), SiteFixture.tree(live)), "release " + id + " against a clean build");
        assertEquals(folders(clean), folders(live), "folders of release " + id);
        String reused = keys.get(folderKey(live));
        if (recycles) assertTrue(reused != null && !reused.equals(liveBefore), "the new release reused the folder of a pruned one: " + reused);
        else assertNull(reused, "a fresh folder");
        committed.put(id, hashes(live));
        SortedMap<String, Path> after = releases();
        assertTrue(after.size() <= settingsKeep(site), after.toString());
        assertUnchanged(after);
    }

    /** Every release in {@code releases} holds what it held when committed. */
    private void assertUnchanged(SortedMap<String, Path> releases) {
        releases.forEach((id, folder) -> assertNull(changes(committed.get(id), hashes(folder)), "release " + id + " changed after its commit"));
    }

    /** The paths whose hashes differ between {@code was} and {@code is}; null when none do. */
    private static String changes(SortedMap<String, String> was, SortedMap<String, String> is) {
        TreeSet<String> paths = new TreeSet<>(was.keySet());
        paths.addAll(is.keySet());
        paths.removeIf(p -> java.util.Objects.equals(was.get(p), is.get(p)));
        return paths.isEmpty() ? null : paths.toString();
    }

    /** The releases by id (not by age within one second), without reading their build.json. */
    private SortedMap<String, Path> releases() throws IOException {
        SortedMap<String, Path> out = new TreeMap<>();
        Path folder = Releases.of(out()).folder();
        if (!Files.isDirectory(folder)) return out;
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> !p.getFileName().toString().startsWith(".")).forEach(p -> out.put(p.getFileName().toString(), p));
        }
        return out;
    }

    private static int settingsKeep(TestSite site) throws IOException {
        String yaml = Files.readString(site.root.resolve("content/site.yaml"));
        return Integer.parseInt(yaml.replaceAll("(?s).*keep: (\\d+).*", "$1"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void everyBuildGivesTheCleanReleaseAndLeavesTheOlderOnesAsCommitted(int keep) throws IOException {
        TestSite site = site(keep);
        Path posts = site.root.resolve("content/posts");
        Path stat = site.root.resolve("static");
        builds(site, false);
        for (int i = 1; i < keep; i++) { // fill keep: no release is pruned yet
            edit(posts.resolve("a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching, cdn]\n---\nfill " + i + "\n");
            builds(site, false);
        }
        edit(posts.resolve("a.md"), "---\ntitle: Alpha two\ndate: 2024-01-01\ntags: [caching, go]\n---\nnew *body*\n");
        builds(site, true);
        edit(posts.resolve("d.md"), "---\ntitle: Delta\ndate: 2024-02-01\ntags: [cdn]\n---\nadded\n");
        builds(site, true);
        Files.delete(posts.resolve("c.md"));
        builds(site, true);
        Files.move(posts.resolve("d.md"), posts.resolve("renamed.md"));
        builds(site, true);
        edit(stat.resolve("files/notes.txt"), "notes two\n");
        edit(stat.resolve("files/more/deep.txt"), "a static file in a new folder\n");
        builds(site, true);
        Files.move(stat.resolve("files/notes.txt"), stat.resolve("notes-moved.txt"));
        builds(site, true);
        Files.delete(stat.resolve("files/more/deep.txt")); // files/ and files/more/ are gone from the release
        builds(site, true);
        org.apache.commons.io.file.PathUtils.deleteDirectory(stat.resolve("files"));
        edit(stat.resolve("files"), "a file where a folder was\n"); // the recycled release has files/more/deep.txt
        builds(site, true);
        for (int i = 1; i < keep; i++) { // until the release to recycle is the one with the file
            edit(posts.resolve("a.md"), "---\ntitle: Alpha two\ndate: 2024-01-01\ntags: [caching, go]\n---\nstill " + i + "\n");
            builds(site, true);
        }
        Files.delete(stat.resolve("files"));
        edit(stat.resolve("files/notes.txt"), "a folder where a file was\n");
        builds(site, true);
        Path post = site.root.resolve("templates/post.mustache");
        edit(post, Files.readString(post).replace("<article", "<article data-x=\"1\""));
        builds(site, true);
        edit(posts.resolve("b.md"), "---\ntitle: Beta\ndate: 2024-01-02\ntags: [caching]\n---\nwithout the cache\n");
        builds(site, true, "--no-cache");
        assertEquals(Main.OK, Main.run("rollback", "--out", out().toString())); // live: the one before the newest
        edit(posts.resolve("b.md"), "---\ntitle: Beta\ndate: 2024-01-02\ntags: [caching]\n---\nafter a rollback\n");
        builds(site, keep > 2); // keep 2: the live release and the last one are both kept, nothing is pruned
        edit(posts.resolve("renamed.md"), "---\ntitle: Delta\ndate: 2024-02-01\ntags: [cdn]\n---\nback to the newest\n");
        builds(site, true);
    }

    @Test
    void keepOneOrABuildJsonThatCannotBeReadGivesAFreshFolder() throws IOException {
        TestSite site = site(1);
        builds(site, false);
        edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\n---\nedit one\n");
        builds(site, false);
        edit(site.root.resolve("content/site.yaml"), "posts_per_page: 2\noutput: {keep: 2}\n");
        edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\n---\nedit two\n");
        builds(site, false); // one release so far: nothing to prune
        Path oldest = Releases.of(out()).list().get(0).folder(); // by commit time: two builds in one second do not sort by id
        Files.writeString(oldest.resolve(Manifest.FILE), "{not json");
        committed.put(oldest.getFileName().toString(), hashes(oldest));
        edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\n---\nedit three\n");
        builds(site, false);
        edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\n---\nedit four\n");
        builds(site, true);
    }

    @Test
    void aBuildThatFailsAfterRecyclingLeavesTheLiveSiteAndTheOtherReleasesAndTheNextBuildIsRight() throws IOException {
        TestSite site = site(3);
        builds(site, false);
        for (int i = 1; i <= 3; i++) {
            edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\n---\nedit " + i + "\n");
            builds(site, i == 3);
        }
        List<String> before = Releases.of(out()).list().stream().map(Releases.Release::id).toList(); // oldest first
        SortedMap<String, byte[]> live = SiteFixture.tree(out());
        // the release check fails after every file was written into the recycled folder
        edit(site.root.resolve("content/about.md"), "---\ntitle: About\n---\nSee [nothing](/nowhere/).\n");
        CliRun r = build(site);
        assertEquals(Main.PROBLEMS, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("content/about.md") && r.err().contains("/nowhere/"), r.err());
        assertNull(SiteFixture.difference(live, SiteFixture.tree(out())), "the live site is unchanged");
        SortedMap<String, Path> after = releases();
        assertEquals(new TreeSet<>(before.subList(1, before.size())), after.keySet(), "the recycled release (the oldest) is lost, the others are kept");
        assertUnchanged(after);
        try (Stream<Path> s = Files.list(Releases.of(out()).folder())) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(Releases.PARTIAL)).toList());
        }
        edit(site.root.resolve("content/about.md"), "---\ntitle: About\n---\nSee [alpha](/posts/alpha/).\n");
        builds(site, false); // keep is not full any more: a fresh folder
        edit(site.root.resolve("content/posts/b.md"), "---\ntitle: Beta\ndate: 2024-01-02\n---\nedited\n");
        builds(site, true);
        assertNotEquals(before.get(0), out().toRealPath().getFileName().toString());
    }
}
