package press.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.model.Site;
import press.pipeline.Build;
import press.pipeline.BuildOptions;
import press.testing.TestSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index made from remembered postings ({@link SearchPostings}) after an edit is the
 * same bytes as one scored afresh, while only the edited posts are scored again; also when the
 * edit takes a post out of a term whose postings are capped (the post that was next in line
 * comes in), and with postings saved and read back by another run.
 */
class SearchPostingsTest {
    @TempDir
    Path dir;

    private static final int POSTS = SearchIndexWriter.POSTINGS + 30;

    private static String post(int i, String body) {
        return "---\ntitle: Post " + i + "\ndate: 2024-01-01T00:" + String.format("%02d:%02d", i / 60, i % 60) + "Z\nslug: p" + i
                + "\ntags: [t" + (i % 5) + "]\n---\n" + body + "\n";
    }

    /** "common" in every post, with scores from 1 to 8: its postings are capped. */
    private static String body(int i) {
        return "common ".repeat(1 + i % 8) + "word" + (i % 13);
    }

    /** A site of {@code count} posts, {@code p0} to its last, each with {@link #body}. */
    private TestSite site(int count) {
        TestSite s = new TestSite(dir.resolve("src"));
        for (int i = 0; i < count; i++) s.post("p" + i + ".md", post(i, body(i)));
        return s;
    }

    private Site site(TestSite s) {
        return Build.site(new BuildOptions(s.root, dir.resolve("out"), null, false, 2));
    }

    private static Map<String, String> files(java.util.List<Route> routes) {
        Map<String, String> out = new TreeMap<>();
        for (Route r : routes) out.put(r.path(), new String(((Route.Data) r).bytes(), StandardCharsets.UTF_8));
        return out;
    }

    private static void assertSameAsFresh(Site site, SearchPostings memo, String what) {
        Map<String, String> fresh = files(SearchIndexWriter.routes(site, 64));
        Map<String, String> kept = files(SearchIndexWriter.routes(site, memo, 64));
        assertEquals(fresh.keySet(), kept.keySet(), what);
        Set<String> differing = new TreeSet<>();
        fresh.forEach((path, text) -> { if (!text.equals(kept.get(path))) differing.add(path); });
        assertEquals(Set.of(), differing, what);
    }

    @Test
    void anEditScoresOnlyItsPostAndGivesTheFreshIndex() throws IOException {
        TestSite s = site(POSTS);
        SearchPostings memo = new SearchPostings();
        SearchIndexWriter.routes(site(s), memo, 64);
        assertEquals(POSTS, memo.scored());

        // the best-scored posts of "common" (8 uses) lose it: the next in line come into its capped postings
        for (int i = 7; i < 7 + 8 * 3; i += 8) s.post("p" + i + ".md", post(i, "word" + (i % 13) + " fresh words"));
        Site edited = site(s);
        assertSameAsFresh(edited, memo, "posts out of a capped term");
        assertEquals(3, memo.scored());
        com.fasterxml.jackson.databind.JsonNode common = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(files(SearchIndexWriter.routes(edited, memo, 64)).get("search/t/co.json")).get("common");
        assertEquals(2 * SearchIndexWriter.POSTINGS, common.size(), "still capped");
        for (int k = 0; k < common.size(); k += 2) assertTrue(common.get(k).asInt() != POSTS - 1 - 7, "a post without the word is not in its postings");

        s.post("p3.md", post(3, body(3) + " appended line").replace("tags: [t3]", "tags: [t3, extra]").replace("Post 3", "Post three"));
        assertSameAsFresh(site(s), memo, "title, tags and body of one post");
        assertEquals(1, memo.scored());

        assertSameAsFresh(site(s), memo, "nothing changed");
        assertEquals(0, memo.scored());

        s.post("p3.md", post(3, body(3)));
        assertSameAsFresh(site(s), memo, "words no other post has, taken out");
        assertEquals(1, memo.scored());

        Path file = dir.resolve("search.bin");
        memo.save(file);
        SearchPostings read = SearchPostings.load(file);
        assertEquals(memo.all(), read.all(), "postings read back as saved");
        s.post("p9.md", post(9, "common common totally new"));
        assertSameAsFresh(site(s), read, "postings read back by another run");
        assertEquals(1, read.scored());

        s.post("new.md", post(POSTS + 1, "common added"));
        assertSameAsFresh(site(s), read, "a post added");
        assertEquals(POSTS + 1, read.scored(), "a new post changes the documents' numbers: all are scored again");
        Files.delete(s.root.resolve("content/posts/p0.md"));
        assertSameAsFresh(site(s), read, "a post deleted");
    }

    /** Per index file its key (null when it has none) and its text. */
    private record Keyed(String key, String text) {}

    private static Map<String, Keyed> keyed(java.util.List<Route> routes) {
        Map<String, Keyed> out = new TreeMap<>();
        for (Route r : routes) {
            Route.Data d = (Route.Data) r;
            out.put(d.path(), new Keyed(d.view() == null ? null : press.output.ViewDigest.of(d.view().get()), new String(d.bytes(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    /**
     * A build that keeps its output's views makes an index file only when its key changed; so over
     * every kind of edit a file whose key is unchanged has unchanged bytes, and an edit of one post
     * changes the keys of the files it changes, not of all of them.
     */
    @Test
    void anEqualShardKeyMeansEqualBytesAfterEveryKindOfEdit() throws IOException {
        TestSite s = site(60);
        SearchPostings memo = new SearchPostings();
        Map<String, Keyed> last = keyed(SearchIndexWriter.routes(site(s), memo, 64));
        assertTrue(last.values().stream().filter(k -> k.key() != null).count() > 3, last.keySet().toString());
        assertTrue(keyed(SearchIndexWriter.routes(site(s), 64)).values().stream().allMatch(k -> k.key() == null), "a build keeping nothing has no keys");
        java.util.List<String> edits = java.util.List.of(
                "p3.md:" + post(3, body(3) + " appended words"), // the body: term shards
                "p4.md:" + post(4, body(4)).replace("tags: [t4]", "tags: [t4]\nsummary: A summary of its own"),
                "p5.md:" + post(5, body(5)).replace("Post 5", "Post five"),
                "p6.md:" + post(6, body(6)).replace("slug: p6", "slug: six"), // its address
                "p59.md:" + post(59, body(59)).replace("2024-01-01T", "2024-03-01T"), // the newest post's date, not its place
                "p8.md:" + post(8, body(8)).replace("2024-01-01", "2023-01-01"), // its date and its place
                "site.yaml:base_url: https://example.org/blog/\n");
        for (String edit : edits) {
            String name = edit.substring(0, edit.indexOf(':'));
            String text = edit.substring(name.length() + 1);
            Files.writeString(name.equals("site.yaml") ? s.root.resolve("content/site.yaml") : s.root.resolve("content/posts/" + name), text);
            Map<String, Keyed> now = keyed(SearchIndexWriter.routes(site(s), memo, 64));
            int changed = 0;
            for (Map.Entry<String, Keyed> e : now.entrySet()) {
                Keyed before = last.get(e.getKey());
                if (before == null || e.getValue().key() == null) continue;
                if (before.key().equals(e.getValue().key())) assertEquals(before.text(), e.getValue().text(), name + ": " + e.getKey() + " has an unchanged key but new bytes");
                else changed++;
            }
            assertTrue(changed > 0, name + " changed no key");
            if (!name.equals("site.yaml") && !name.equals("p8.md")) assertTrue(changed < now.size() / 2, name + " changed " + changed + " keys");
            last = now;
        }
    }

    /** Each shard file beside {@code file}, by name, with its bytes. */
    private static Map<String, String> shardFiles(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(file.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("search-\\d\\d\\.bin")).toList()) {
                out.put(f.getFileName().toString(), java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    @Test
    void aSaveWritesOnlyTheShardsWhoseTermsChanged() throws IOException {
        TestSite s = site(40);
        SearchPostings memo = new SearchPostings();
        SearchIndexWriter.routes(site(s), memo, 64);
        Path file = dir.resolve("cache/search.bin");
        Files.createDirectories(file.getParent());
        memo.save(file);
        Map<String, String> first = shardFiles(file);
        assertEquals(SearchPostingsFiles.SHARDS, first.size(), "a first save writes every shard");

        // one post gains a word no post had: its scores for its other words are as they were
        s.post("p3.md", post(3, body(3) + " zebra"));
        SearchIndexWriter.routes(site(s), memo, 64);
        for (Path f : Files.list(file.getParent()).toList()) Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(0));
        memo.save(file);
        Map<String, String> second = shardFiles(file);
        Set<String> rewritten = new TreeSet<>();
        for (Path f : Files.list(file.getParent()).toList()) {
            if (Files.getLastModifiedTime(f).toMillis() != 0 && !f.equals(file)) rewritten.add(f.getFileName().toString());
        }
        String zebra = String.format("search-%02d.bin", SearchPostingsFiles.shard("zebra"));
        assertEquals(Set.of(zebra), rewritten, "only the new word's shard is written again");
        assertTrue(!first.get(zebra).equals(second.get(zebra)));
        assertEquals(memo.all(), SearchPostings.load(file).all(), "the shards written now and those kept read back as the postings");

        // a post's score for a word it had changes: that word's shard
        s.post("p4.md", post(4, body(4) + " word4 word4"));
        SearchIndexWriter.routes(site(s), memo, 64);
        memo.save(file);
        assertEquals(memo.all(), SearchPostings.load(file).all());

        Files.delete(file.resolveSibling(zebra));
        assertThrows(IOException.class, () -> SearchPostings.load(file), "a shard missing: the saved postings are not trusted");
        String other = SearchPostingsFiles.shard("common") != SearchPostingsFiles.shard("zebra") ? "common" : "word1";
        Files.copy(file.resolveSibling(String.format("search-%02d.bin", SearchPostingsFiles.shard(other))), file.resolveSibling(zebra));
        assertThrows(IOException.class, () -> SearchPostings.load(file), "terms of another shard");
    }

    /**
     * Postings written through as they are scored (a first build that saves its cache as it goes)
     * make the same index as postings kept whole, read back they are every posting a save of the
     * whole would write, and an edit scored from them gives the fresh index; the postings kept in
     * memory are only the capped best, so updating them again is refused rather than wrong.
     */
    @Test
    void postingsWrittenThroughAreTheWholeOnesOnDiskAndTheBestInMemory() throws IOException {
        TestSite s = site(POSTS);
        Site site = site(s);
        Path file = dir.resolve("through/search.bin");
        Files.createDirectories(file.getParent());
        SearchPostings through = new SearchPostings();
        through.writeThrough(file);
        assertSameAsFresh(site, through, "the index of postings written through");
        assertEquals(POSTS, through.scored());
        through.save(file);

        SearchPostings whole = new SearchPostings();
        SearchIndexWriter.routes(site, whole, 64);
        SearchPostings read = SearchPostings.load(file);
        assertEquals(whole.all(), read.all(), "every posting on disk, as a save of the whole writes them");
        assertTrue(whole.all().get("common").size() > SearchIndexWriter.POSTINGS, "the test has a capped term");

        assertThrows(IllegalStateException.class, () -> SearchIndexWriter.routes(site, through, 64), "only the best are in memory");
        assertThrows(IllegalStateException.class, through::all);

        s.post("p3.md", post(3, body(3) + " zebra"));
        assertSameAsFresh(site(s), read, "an edit scored from the postings written through");
        assertEquals(1, read.scored());
    }

    @Test
    void postingsThatCannotBeWrittenThroughLeaveNoneSavedAndTheIndexWhole() throws IOException {
        TestSite s = site(40);
        Site site = site(s);
        Path file = dir.resolve("missing/search.bin"); // its folder does not exist: no shard can be written
        SearchPostings through = new SearchPostings();
        through.writeThrough(file);
        assertSameAsFresh(site, through, "scored again, kept whole");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "an older file");
        assertThrows(IOException.class, () -> through.save(file), "the save says the postings were not written");
        assertTrue(!Files.exists(file), "no postings saved: the next build scores every post");
        assertEquals(Map.of(), SearchPostings.load(file).all());
    }

    @Test
    void aFileThatIsNotSavedPostingsIsRefused() throws IOException {
        Path file = dir.resolve("search.bin");
        Files.writeString(file, "something else");
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> SearchPostings.load(file));
        assertEquals(Map.of(), SearchPostings.load(dir.resolve("none.bin")).all());
    }
}
