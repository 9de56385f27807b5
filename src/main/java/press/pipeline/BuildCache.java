package press.pipeline;

import press.content.PostSource;
import press.output.OutputMemory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What is kept between builds of one site, so that a rebuild redoes only what changed: parsed
 * posts ({@code content}) and the last output ({@code output}, updated in place). A long-running
 * process ({@code press serve}) keeps it in memory; {@code press build} saves it in the site's
 * {@code .press-cache/} folder ({@link #load}, {@link #save}). The result is the same bytes a
 * full build writes. Not shared between sites; one build at a time.
 */
public final class BuildCache {
    /** The cache folder in a site folder; git-ignored. */
    public static final String FOLDER = ".press-cache";
    /** The file in {@link #FOLDER} written last by a save: without it the folder holds no cache ({@code bin/press} looks for it too). */
    public static final String STAMP = "build.txt";
    private static final String FORMAT = "press build cache 3";
    /** The inputs digest saved for a build that warned: no site's inputs digest to it, so the next build is never skipped as up to date. */
    static final String WARNED = "warned";

    PostSource.Cache posts;
    OutputMemory output;
    /** The last similar posts and a digest of their inputs: an edit that leaves every post's similar input as it was finds none again. */
    press.similar.SimilarMemo similar = new press.similar.SimilarMemo();
    /** Every post's search scores: an edit scores only the posts whose search input changed. */
    press.render.SearchPostings search = new press.render.SearchPostings();
    /** The input files' content hashes, for build.json: only files changed since are read again. */
    FileHashes files = new FileHashes();
    /**
     * After a good in-place build ({@code press serve}), what writes an edited post's page ahead of
     * the next build, from that build's site (a build that fails leaves it: the output is still that
     * build's); null before. Read by the thread that previews while another builds.
     */
    volatile EditPreview preview;
    /** Where the posts and output memory are still to be read from, when not read yet: only a build that is not up to date needs them. */
    private Path unread;
    /** The inputs digest ({@link SiteInputs}) and the result of the last build, when saved: an unchanged site is not built again. */
    String inputs;
    BuildResult last;
    /** Whether this cache lives on between runs (then the inputs are digested, to skip an unchanged build). */
    boolean saved;
    /** The folder a saved cache lives in, when known before the build ends ({@link #load}, {@link #fresh}); else null. */
    private Path home;
    /** Whether this cache holds nothing of an earlier build: none was saved, it was foreign or unreadable, or {@code --clean}. */
    private boolean empty = true;
    /** Whether its parts are written as they are made ({@link #beginAhead}). */
    private boolean writesAhead;
    /** The posts and similar posts {@link #saveAhead} is writing, or null. */
    private CompletableFuture<Void> ahead;

    public BuildCache() {
        this(new PostSource.Cache(), new OutputMemory());
    }

    private BuildCache(PostSource.Cache posts, OutputMemory output) {
        this.posts = posts;
        this.output = output;
    }

    /** Whether the last build with this cache changed its output folder (an in-place update may change nothing). */
    public boolean lastBuildChangedOutput() {
        return output.lastCommitChanged();
    }

    /** Whether no build has completed with this cache yet. */
    public boolean isEmpty() {
        return output.isEmpty();
    }

    /**
     * The cache saved in {@code dir} by the last {@code press build}, or an empty one when there is
     * none. A cache that cannot be read, or was written by other press code, is never trusted:
     * it is ignored with a line in {@code warnings}.
     */
    public static BuildCache load(Path dir, List<String> warnings) {
        Path stamp = dir.resolve(STAMP);
        if (!Files.isRegularFile(stamp)) return fresh(dir);
        try {
            List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
            if (lines.size() != 9 || !lines.get(0).equals(FORMAT)) throw new IOException("not a press build cache of this version");
            if (!lines.get(1).equals(SiteInputs.press())) {
                warnings.add(dir + " was written by another press version; ignored, this build starts afresh");
                return fresh(dir);
            }
            BuildCache c = fresh(dir);
            c.unread = dir;
            c.empty = false;
            c.inputs = lines.get(2);
            c.last = new BuildResult(Integer.parseInt(lines.get(3)), Integer.parseInt(lines.get(4)), Integer.parseInt(lines.get(5)),
                    0, 0, Integer.parseInt(lines.get(6)), 0, List.of(), List.of(), null, lines.get(7).equals("null") ? null : lines.get(7));
            if (!lines.get(8).equals("end")) throw new IOException("cut short");
            return c;
        } catch (IOException | RuntimeException e) {
            warnings.add(dir + " is unreadable (" + e.getMessage() + "); ignored, this build starts afresh");
            return fresh(dir);
        }
    }

    /** What {@link #read} takes in: the five parts of a saved cache, read at the same time. */
    private record Parts(PostSource.Cache posts, OutputMemory output, press.similar.SimilarMemo similar, press.render.SearchPostings search,
                         FileHashes files) {}

    /** The parts being read ahead ({@link #readAhead}), or null. */
    private CompletableFuture<Parts> reading;

    /**
     * Starts reading the saved posts and output memory, if still unread, on threads of their own:
     * {@code Build} calls it once the inputs are found changed, and the config, content and
     * templates are read meanwhile ({@link #read} waits for it).
     */
    void readAhead() {
        if (unread == null || reading != null) return;
        Path dir = unread;
        Path memory = dir.resolve("output.bin"); // the last release's (or plain folder's) files and the views of its pages
        var parts = CacheThreads.started("press-cache-read", List.of(
                () -> PostSource.Cache.load(dir),
                () -> Files.isRegularFile(memory) ? OutputMemory.load(memory) : new OutputMemory(),
                () -> press.similar.SimilarMemo.load(dir.resolve("similar.bin")),
                () -> press.render.SearchPostings.load(dir.resolve("search.bin")),
                () -> FileHashes.load(dir.resolve("files.bin"))));
        reading = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                .thenApply(v -> new Parts((PostSource.Cache) parts.get(0).join(), (OutputMemory) parts.get(1).join(),
                        (press.similar.SimilarMemo) parts.get(2).join(), (press.render.SearchPostings) parts.get(3).join(),
                        (FileHashes) parts.get(4).join()));
    }

    /** What the last {@link #read} warned of (an unreadable cache), until taken. */
    private final List<String> readWarnings = new java.util.ArrayList<>();

    /** The warnings of the last {@link #read}, once. */
    List<String> takeReadWarnings() {
        List<String> out = List.copyOf(readWarnings);
        readWarnings.clear();
        return out;
    }

    /** Reads the saved posts and output memory, if still unread (waiting for {@link #readAhead}); on failure starts afresh with a warning ({@link #takeReadWarnings}). */
    void read() {
        List<String> warnings = readWarnings;
        if (unread == null) return;
        readAhead();
        Path dir = unread;
        unread = null;
        try {
            Parts parts = reading.join();
            posts = parts.posts();
            output = parts.output();
            similar = parts.similar();
            search = parts.search();
            files = parts.files();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) throw error; // out of memory is said as such, not as an unreadable cache
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            warnings.add(dir + " is unreadable (" + cause.getMessage() + "); ignored, this build starts afresh");
            inputs = null;
            last = null;
            empty = true;
        } finally {
            reading = null;
        }
    }

    /** An empty cache that {@code press build} saves after the build. */
    public static BuildCache persistent(BuildCache c) {
        c.saved = true;
        return c;
    }

    /** An empty cache that {@code press build} saves in {@code dir} after the build (a first build, {@code --clean}). */
    public static BuildCache fresh(Path dir) {
        BuildCache c = persistent(new BuildCache());
        c.home = dir;
        return c;
    }

    /**
     * For a cache saved in a known folder that started empty (a first build, {@code --clean}): from
     * now on its parts are written as soon as each is made, and what only the save would read is let
     * go of: the search postings as they are scored ({@link press.render.SearchPostings#writeThrough}),
     * the posts and similar posts once the plan is made ({@link #saveAhead}). At 100,000 posts that
     * is ~450 MB the pages were written beside, collected again and again. The stamp goes first, so
     * a build that fails after this leaves no cache to trust: there was none, or {@code --clean} set
     * it aside. A cache that started from a saved one keeps everything to the end: its save writes
     * only what changed, and a failed build leaves the saved one as it was. {@code Build} calls it
     * once the posts and terms are assembled, and when it returns true (it writes ahead) starts the
     * search index there, beside the similar posts, as a clean build does: for a cache that started
     * empty the index is full work (at 100,000 posts assemble+plan+search 9.4-10.6 s against
     * 10.8-11.6 s with the index made after the plan, three alternating pairs).
     */
    boolean beginAhead() {
        if (!saved || !empty || home == null || unread != null) return false;
        try {
            Files.createDirectories(home);
            Files.deleteIfExists(home.resolve(STAMP));
        } catch (IOException e) {
            return false; // the save after the build tries again, and says so if it fails too
        }
        writesAhead = true;
        search.writeThrough(home.resolve("search.bin"));
        return true;
    }

    /**
     * After {@link #beginAhead}: starts writing the posts and similar posts, on threads of their own
     * beside the pages, and once the posts are written lets go of their body indexes ({@code posts},
     * the build's), which no page reads. {@link #save} waits for them and writes the rest.
     */
    void saveAhead(List<press.model.Post> posts) {
        if (!writesAhead || ahead != null) return;
        Path dir = home;
        PostSource.Cache parsed = this.posts;
        press.similar.SimilarMemo memo = similar;
        ahead = CacheThreads.all(CacheThreads.started("press-cache-save", List.of(() -> {
            parsed.save(dir);
            posts.forEach(p -> p.index().spend());
            return null;
        }, () -> {
            memo.save(dir.resolve("similar.bin"));
            return null;
        })));
    }

    /**
     * After a build that failed: waits for what {@link #saveAhead} was writing (no stamp follows it),
     * whatever came of it, and empties this cache, whose posts and postings that build may have let
     * go of: a next build with it starts afresh, as one would from its folder.
     */
    void abandonAhead() {
        if (!writesAhead) return;
        try {
            if (ahead != null) ahead.join();
        } catch (CompletionException e) {
            // nothing to trust was written: the stamp is gone
        }
        writesAhead = false;
        ahead = null;
        posts = new PostSource.Cache();
        similar = new press.similar.SimilarMemo();
        search = new press.render.SearchPostings();
    }

    /** Before a build: a cache that wrote ahead must be saved ({@link #save}) before it builds again, as its posts' words are gone. */
    void checkSaved() {
        if (writesAhead) throw new IllegalStateException("a build cache written ahead by a build must be saved before the next build with it");
    }

    /** Saves this cache into {@code dir} after a successful build; the stamp file goes last, so a cut-short save is never trusted. */
    public void save(Path dir) throws IOException {
        if (inputs == null || last == null || unread != null) { // unread: nothing changed, the saved cache stands
            abandonAhead();
            return;
        }
        if (writesAhead && !dir.equals(home)) throw new IllegalArgumentException("saved ahead in " + home + ", not in " + dir);
        boolean wroteAhead = ahead != null;
        Files.createDirectories(dir);
        Path stamp = dir.resolve(STAMP);
        Files.deleteIfExists(stamp);
        Files.deleteIfExists(dir.resolve("posts.bin")); // one file before the posts were saved in shards
        Files.deleteIfExists(dir.resolve("output.bin")); // one from an earlier folder build would not match this output
        // the parts are files of their own, written at the same time; a cache written ahead has its posts and similar posts
        // from saveAhead and its search postings' shards from the scoring
        List<CacheThreads.Load<?>> parts = new java.util.ArrayList<>(List.of(() -> {
            output.save(dir.resolve("output.bin"));
            return null;
        }, () -> {
            files.save(dir.resolve("files.bin"));
            return null;
        }, () -> {
            search.save(dir.resolve("search.bin")); // its changed shards and its list of posts; written through, the list only
            return null;
        }));
        if (!wroteAhead) parts.addAll(List.of(() -> {
            posts.save(dir);
            return null;
        }, () -> {
            similar.save(dir.resolve("similar.bin"));
            return null;
        }));
        try {
            CompletableFuture<Void> rest = CacheThreads.all(CacheThreads.started("press-cache-save", parts));
            (wroteAhead ? CompletableFuture.allOf(ahead, rest) : rest).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
        Files.writeString(dir.resolve(".gitignore"), "*\n");
        String text = String.join("\n", FORMAT, SiteInputs.press(), inputs, String.valueOf(last.pages()), String.valueOf(last.files()),
                String.valueOf(last.posts()), String.valueOf(last.terms()), String.valueOf(last.release()), "end") + "\n";
        Path tmp = dir.resolve(STAMP + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, stamp, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (writesAhead) {
            // what was let go of is read back from the folder by a next build with this object, as from a loaded cache
            writesAhead = false;
            ahead = null;
            posts = new PostSource.Cache();
            output = new OutputMemory();
            similar = new press.similar.SimilarMemo();
            search = new press.render.SearchPostings();
            files = new FileHashes();
            unread = dir;
            empty = false;
        }
    }
}
