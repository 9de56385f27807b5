package press.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.output.OutputMemory;
import press.output.ViewDigest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a new release takes a file from the last one (a hard link) instead of rendering or writing it, and which pages' links are still read. */
class LastReleaseTest {
    @TempDir
    Path tmp;

    private static final Object VIEW = List.of("post", "A");

    private OutputMemory lastRelease(Path releases, String templates) throws Exception {
        Path last = Files.createDirectories(releases.resolve("r1/a"));
        Files.writeString(last.resolve("index.html"), "page a");
        Files.writeString(releases.resolve("r1/feed.xml"), "feed");
        OutputMemory memory = new OutputMemory();
        memory.committed(releases.resolve("r1"), templates, Map.of("a/index.html", ViewDigest.of(VIEW)),
                Map.of("a/index.html", "d-a", "feed.xml", "d-feed"));
        return memory;
    }

    @Test
    void aPageOfAnEqualViewIsLinkedNotRendered() throws Exception {
        Path releases = tmp.resolve("site-releases");
        LastRelease last = new LastRelease(lastRelease(releases, "t1"), "t1", releases);
        Path partial = Files.createDirectories(releases.resolve("r2"));
        Map<String, String> digests = new HashMap<>();
        assertFalse(last.needsRender(PartialRelease.fresh(partial), "a/index.html", VIEW, digests));
        assertEquals("page a", Files.readString(partial.resolve("a/index.html")));
        assertTrue(Files.isSameFile(partial.resolve("a/index.html"), releases.resolve("r1/a/index.html")), "a hard link");
        assertEquals(Map.of("a/index.html", "d-a"), digests);
        assertTrue(last.needsRender(PartialRelease.fresh(partial), "a/index.html", List.of("post", "B"), new HashMap<>()), "another view");
        assertTrue(last.needsRender(PartialRelease.fresh(partial), "b/index.html", VIEW, new HashMap<>()), "a page the last release did not have");
    }

    @Test
    void otherTemplatesOrAFolderOutsideTheReleasesGiveNothing() throws Exception {
        Path releases = tmp.resolve("site-releases");
        Path partial = Files.createDirectories(releases.resolve("r2"));
        assertTrue(new LastRelease(lastRelease(releases, "t1"), "t2", releases).needsRender(PartialRelease.fresh(partial), "a/index.html", VIEW, new HashMap<>()),
                "after a template change every page is rendered");
        LastRelease elsewhere = new LastRelease(lastRelease(releases, "t1"), "t1", tmp.resolve("other-releases"));
        assertTrue(elsewhere.needsRender(PartialRelease.fresh(partial), "a/index.html", VIEW, new HashMap<>()));
        assertFalse(elsewhere.link(PartialRelease.fresh(partial), "feed.xml", null, new HashMap<>()), "a plain folder, changed in place later, is not linked from");
    }

    @Test
    void aFileIsLinkedOnlyWhenItsBytesAreTheSame() throws Exception {
        Path releases = tmp.resolve("site-releases");
        LastRelease last = new LastRelease(lastRelease(releases, "t1"), "t1", releases);
        Path partial = Files.createDirectories(releases.resolve("r2"));
        Map<String, String> digests = new HashMap<>();
        assertFalse(last.link(PartialRelease.fresh(partial), "feed.xml", "d-other", digests));
        assertFalse(Files.exists(partial.resolve("feed.xml")));
        assertFalse(last.link(PartialRelease.fresh(partial), "new.xml", null, digests));
        assertTrue(last.link(PartialRelease.fresh(partial), "feed.xml", "d-feed", digests));
        assertEquals(Map.of("feed.xml", "d-feed"), digests);
        Files.delete(releases.resolve("r1/a/index.html"));
        assertFalse(last.link(PartialRelease.fresh(partial), "a/index.html", null, digests), "gone from the last release: the caller writes it");
    }

    @Test
    void linkedPagesAreReadForLinksUnlessEveryOldFileIsKeptAndBrokenLinksStopARelease() throws Exception {
        Path releases = tmp.resolve("site-releases");
        LastRelease last = new LastRelease(lastRelease(releases, "t1"), "t1", releases);
        Path partial = Files.createDirectories(releases.resolve("r2"));
        last.needsRender(PartialRelease.fresh(partial), "a/index.html", VIEW, new HashMap<>());
        assertEquals(Set.of(), last.toScan(Set.of("a/index.html", "feed.xml"), false));
        assertEquals(Set.of("a/index.html"), last.toScan(Set.of("a/index.html"), false), "feed.xml is gone: a link to it may now break");
        assertEquals(Set.of("a/index.html"), last.toScan(Set.of("a/index.html", "feed.xml"), true),
                "when broken links only warn, the last release may have had some");
    }
}
