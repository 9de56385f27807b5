package press.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.config.SiteConfig;
import press.model.Post;
import press.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where posts come from: a fresh parse, or the cache when a file's size, time and identity and the
 * site config are as they were; a saved cache is used only with the config it was saved with.
 */
class PostSourceTest {
    private static final Path A = Path.of("content/posts/a.md");
    private static final Path B = Path.of("content/posts/b.md");

    @TempDir
    Path site;

    private void write(Path file, String title) throws IOException {
        Path p = site.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "---\ntitle: " + title + "\ndate: 2024-01-01\n---\n\nThe body of " + title + ".\n");
    }

    private Post read(PostSource from, Path file) throws IOException {
        Problems problems = new Problems();
        Post post = from.read(site, file, problems).orElseThrow(() -> new AssertionError(problems.sorted()));
        assertTrue(problems.isEmpty(), String.valueOf(problems.sorted()));
        return post;
    }

    @Test
    void anUnchangedFileIsTakenFromTheCacheAndAChangedOneParsedAgain() throws IOException {
        write(A, "First");
        write(B, "Other");
        SiteConfig config = SiteConfig.defaults();
        PostSource.Cache cache = new PostSource.Cache();
        PostSource from = cache.source(config, PostParser.Indexer.NONE);
        assertEquals("First", read(from, A).title());
        read(from, B);
        assertEquals(0, cache.hits());

        from = cache.source(config, PostParser.Indexer.NONE);
        assertEquals("First", read(from, A).title());
        assertTrue(read(from, A).bodyHtml().contains("The body of First."), "the body is rendered again from the file when asked for");
        assertEquals(2, cache.hits(), "a new build counts afresh");

        write(A, "Second");
        Files.setLastModifiedTime(site.resolve(A), FileTime.fromMillis(Files.getLastModifiedTime(site.resolve(A)).toMillis() + 5_000));
        from = cache.source(config, PostParser.Indexer.NONE);
        assertEquals("Second", read(from, A).title());
        assertEquals(0, cache.hits());
    }

    @Test
    void attributesAWalkReadAreTakenForThatBuildOnly() throws IOException {
        write(A, "First");
        SiteConfig config = SiteConfig.defaults();
        PostSource.Cache cache = new PostSource.Cache();
        read(cache.source(config, PostParser.Indexer.NONE), A);
        var before = Files.readAttributes(site.resolve(A), java.nio.file.attribute.BasicFileAttributes.class);
        write(A, "Second, longer");
        // the build's walk read the file before it changed: this build takes the post it read then, as its inputs digest says
        PostSource from = cache.source(config, PostParser.Indexer.NONE, Cascade.NONE, false, Map.of("content/posts/a.md", before));
        assertEquals("First", read(from, A).title());
        assertEquals(1, cache.hits());
        assertEquals("Second, longer", read(cache.source(config, PostParser.Indexer.NONE), A).title(), "the next build reads the file's own");
    }

    @Test
    void anotherConfigParsesEverythingAgain() throws IOException {
        write(A, "First");
        PostSource.Cache cache = new PostSource.Cache();
        read(cache.source(SiteConfig.defaults(), PostParser.Indexer.NONE), A);
        PostSource from = cache.source(SiteConfig.defaults().withBaseUrl("https://example.org/blog/"), PostParser.Indexer.NONE);
        read(from, A);
        assertEquals(0, cache.hits());
    }

    /** A cache that has parsed a.md ("First") and b.md ("Other"). */
    private PostSource.Cache parsedTwo() throws IOException {
        write(A, "First");
        write(B, "Other");
        PostSource.Cache cache = new PostSource.Cache();
        PostSource from = cache.source(SiteConfig.defaults(), PostParser.Indexer.NONE);
        read(from, A);
        read(from, B);
        return cache;
    }

    @Test
    void aSavedCacheServesOnlyABuildWithTheSameConfig() throws IOException {
        PostSource.Cache cache = parsedTwo();
        cache.keepOnly(List.of(A)); // b.md was deleted
        Path saved = Files.createDirectories(site.resolve("posts.cache"));
        cache.save(saved);

        PostSource.Cache loaded = PostSource.Cache.load(saved);
        PostSource from = loaded.source(SiteConfig.defaults(), PostParser.Indexer.NONE);
        assertEquals("First", read(from, A).title());
        read(from, B);
        assertEquals(1, loaded.hits(), "a.md from the saved cache, b.md (forgotten) parsed");

        PostSource.Cache other = PostSource.Cache.load(saved);
        read(other.source(SiteConfig.defaults().withBaseUrl("https://example.org/"), PostParser.Indexer.NONE), A);
        assertEquals(0, other.hits(), "saved with another config: not used");
    }

    @Test
    void aSavedFileCutAnywhereIsRefused() throws IOException {
        PostSource.Cache cache = parsedTwo();
        Path saved = Files.createDirectories(site.resolve("cut.cache"));
        cache.save(saved);
        List<Path> files;
        try (var s = Files.list(saved)) {
            files = s.sorted().toList();
        }
        for (Path file : files) {
            byte[] whole = Files.readAllBytes(file);
            for (int cut = 0; cut < whole.length; cut++) {
                Files.write(file, java.util.Arrays.copyOf(whole, cut));
                int at = cut;
                assertThrows(IOException.class, () -> PostSource.Cache.load(saved), file.getFileName() + " cut at " + at + " of " + whole.length);
            }
            Files.write(file, whole);
        }
        PostSource.Cache back = PostSource.Cache.load(saved);
        PostSource again = back.source(SiteConfig.defaults(), PostParser.Indexer.NONE);
        assertEquals("Other", read(again, B).title());
        assertEquals(1, back.hits());
    }

    @Test
    void aFileThatIsNoCacheIsRefused() throws IOException {
        Path dir = Files.createDirectories(site.resolve("junk.cache"));
        Path junk = dir.resolve("posts-07.bin"); // one shard of the saved posts
        Files.writeString(junk, "not a cache at all");
        assertThrows(IOException.class, () -> PostSource.Cache.load(dir));
        try (var out = press.store.CacheOutput.create(junk, "press post cache 1")) {
            out.string("an older format");
        }
        IOException e = assertThrows(IOException.class, () -> PostSource.Cache.load(dir));
        assertEquals("posts-07.bin is not a press post cache 9 file", e.getMessage());
        PostSource.Cache empty = new PostSource.Cache();
        empty.save(dir); // nothing parsed yet: nothing written over the file
        assertThrows(IOException.class, () -> PostSource.Cache.load(dir));
    }

    @Test
    void aFreshSourceAlwaysParses() throws IOException {
        write(A, "First");
        PostSource from = PostSource.fresh(SiteConfig.defaults(), PostParser.Indexer.NONE);
        assertEquals("First", read(from, A).title());
        write(A, "Second");
        assertEquals("Second", read(from, A).title());
    }
}
