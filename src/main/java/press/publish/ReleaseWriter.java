package press.publish;

import org.apache.commons.io.file.PathUtils;
import press.output.OutputMemory;
import press.output.OutputWriter;
import press.problem.BuildException;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * A build written as a new release: files go into {@code <out>-releases/.partial-*}; {@link #commit()}
 * writes {@code build.json}, verifies the release ({@link ReleaseCheck}), renames it to its id,
 * switches {@code <out>} to it with one rename. Old releases beyond {@code keep} are then dropped: renamed
 * out of the list at once, deleted in the background ({@link press.output.Trash}), never on the build's time. Until the switch the live
 * site is not touched, so a build that fails, is killed or runs out of disk leaves it as it was.
 * When the commit would prune a release anyway, the build writes into that release's folder
 * instead of a fresh one ({@link #recycle}, {@link PartialRelease}): only what differs is changed.
 */
public final class ReleaseWriter implements OutputWriter {
    private static final byte[] MARKER_TEXT = "Written by press; a release, switched live by press build.\n".getBytes(StandardCharsets.UTF_8);

    /**
     * @param baseUrl  the site's base URL (links starting with it are internal)
     * @param basePath the path part of it, e.g. {@code /} or {@code /blog/}
     * @param keep     releases kept after the switch
     * @param inputs   what build.json records besides the file hashes
     */
    /** {@code inputs}: build.json's input hashes, asked for at the commit (so they may be made while the files are written). */
    public record Settings(String baseUrl, String basePath, int keep, java.util.function.Supplier<Manifest.Inputs> inputs, LinkOrigins origins,
                           boolean brokenLinksWarn) {
        public Settings(String baseUrl, String basePath, int keep, Manifest.Inputs inputs) {
            this(baseUrl, basePath, keep, () -> inputs, LinkOrigins.NONE, false);
        }
    }

    /** Where a link of a written page was written by the author, so a broken one is reported there rather than at the output page. */
    public interface LinkOrigins {
        LinkOrigins NONE = (page, url) -> null;

        /** The place of {@code url} (as the page has it) in the Markdown behind {@code page}, and the link as written there; null when a template wrote it. */
        Origin find(String page, String url);
    }

    /** A link in the author's file: where it is, and its Markdown as written ({@code [notes](notes.md)}). */
    public record Origin(SourcePos at, String written) {}

    /**
     * A fault-injection seam for the kill tests: told the number of files written so far after each
     * file. It does nothing unless a test's own launcher sets it in a child JVM.
     */
    static volatile IntConsumer afterFile = n -> {};

    private final Releases releases;
    private final Settings settings;
    private final Path partial;
    private volatile PartialRelease folder; // fresh, or recycled once by remembering/recycling before any page is written
    private final Map<String, String> digests = new ConcurrentHashMap<>(1 << 13); // a big site's thousands of files: fewer resizes
    private final ReleaseCheck check;
    private final Clock clock;
    private final List<String> warnings = new java.util.ArrayList<>();
    private String id;
    private boolean moved;
    private LastRelease last; // null: every page is rendered and written (no memory of the last release)

    private ReleaseWriter(Releases releases, Settings settings, Path partial, Clock clock) {
        this.releases = releases;
        this.settings = settings;
        this.partial = partial;
        this.folder = PartialRelease.fresh(partial);
        this.clock = clock;
        this.check = new ReleaseCheck(settings.baseUrl(), settings.basePath());
    }

    /**
     * Starts a release of {@code out}.
     *
     * @throws IllegalStateException when {@code out} exists and press did not write it
     */
    public static ReleaseWriter begin(Path out, Settings settings) {
        return begin(out, settings, Clock.systemUTC());
    }

    /** As {@link #begin(Path, Settings)}, the release id taking its time from {@code clock} (a test's fixed one). */
    static ReleaseWriter begin(Path out, Settings settings, Clock clock) {
        Releases releases = Releases.of(out);
        releases.refuseForeign();
        try {
            Files.createDirectories(releases.folder());
            releases.sweep(); // what killed builds left, deleted in the background
            Path partial = Files.createTempDirectory(releases.folder(), Releases.PARTIAL);
            if (Files.getFileStore(partial).supportsFileAttributeView("posix")) { // readable by a web server, like any folder
                Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            ReleaseWriter w = new ReleaseWriter(releases, settings, partial, clock);
            w.write(Releases.MARKER, MARKER_TEXT);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the release once committed. */
    public String id() {
        return id;
    }

    /**
     * Takes unchanged files from the release {@code memory} remembers (see {@link LastRelease}),
     * and remembers this one there once committed.
     *
     * @param templates the templates' fingerprint: after a template change every page is rendered
     */
    public ReleaseWriter remembering(OutputMemory memory, String templates) {
        last = new LastRelease(memory, templates, releases.folder());
        recycle(last.folder());
        return this;
    }

    /** For a build without a memory of the last release: recycles as {@link #remembering} does. */
    public ReleaseWriter recycling() {
        recycle(null);
        return this;
    }

    /**
     * When this build's commit will prune a release anyway (never the live one, never {@code taken},
     * the one files are taken from), takes the oldest such release's folder as this release's
     * partial folder instead of the fresh one, renamed out of the release list at once: only what
     * differs is written ({@link PartialRelease}). With {@code keep} under 2 or a release whose
     * {@code build.json} is missing, unreadable or of another hash, the fresh folder stays.
     */
    private void recycle(Path taken) {
        if (settings.keep() < 2 || folder.isRecycled()) return;
        Optional<Releases.Release> pruned = releases.prunedNext(settings.keep(), taken);
        if (pruned.isEmpty()) return;
        java.util.Map<String, String> old;
        try {
            old = Manifest.filesIfHashedAlike(pruned.get().folder().resolve(Manifest.FILE));
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (old == null) return;
        try {
            Files.delete(partial.resolve(Releases.MARKER));
            Files.delete(partial);
            Files.move(pruned.get().folder(), partial, StandardCopyOption.ATOMIC_MOVE); // gone from the list: a crash leaves a partial folder
            folder = PartialRelease.recycled(partial, old);
            folder.write(Releases.MARKER, MARKER_TEXT); // a new inode and time: the marker orders the releases of one second
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean usesViews() {
        return last != null;
    }

    @Override
    public boolean needsRender(String path, Object view) {
        if (last == null || last.needsRender(folder, path, view, digests)) return true;
        afterFile.accept(digests.size());
        return false;
    }

    @Override
    public void write(String relative, byte[] bytes) {
        try {
            String digest = Manifest.fileHash(bytes);
            place(relative, digest, bytes);
            check.page(relative, bytes);
            afterFile.accept(digests.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(String relative, Path from) {
        try {
            byte[] bytes = Files.readAllBytes(from); // read once: hashed, linked or written, and checked from these bytes
            place(relative, Manifest.fileHash(bytes), bytes);
            if (relative.endsWith(".html")) check.page(relative, bytes);
            afterFile.accept(digests.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** Puts a file of {@code digest} at {@code relative}: kept (a recycled folder has it), linked from the last release, or written. */
    private void place(String relative, String digest, byte[] bytes) throws IOException {
        PartialRelease f = folder;
        if (!f.holds(relative, digest) && (last == null || !last.link(f, relative, digest, digests))) f.write(relative, bytes);
        digests.put(relative, digest);
    }

    /**
     * The release check: a missing sitemap or feed is an error; a broken internal link is one too
     * (a warning with {@code broken_links: warn}), at its place in the author's Markdown when it is
     * there, else at the output page.
     */
    private void verify(java.util.Set<String> files) {
        Problems problems = new Problems();
        String out = releases.out().getFileName() + "/";
        for (String w : check.missing(files)) problems.add(new SourcePos(out + w.substring(0, w.indexOf(':')), 0, 0), "release check: " + w.substring(w.indexOf(':') + 2));
        int shown = 0;
        for (ReleaseCheck.Broken b : check.broken(files)) {
            Origin origin = settings.origins().find(b.page(), b.url());
            SourcePos at = origin != null ? origin.at() : new SourcePos(out + b.page(), 0, 0);
            String message = origin != null
                    ? "link " + origin.written() + ": names no file of the release (" + b.target() + "), expected a page, a static file or a file "
                            + "of this page's bundle (output.broken_links: warn in site.yaml publishes anyway)"
                    : "release check: link " + b.url() + " names no file of the release (expected " + b.target() + ")";
            if (settings.brokenLinksWarn()) warnings.add(at + ": " + message);
            else if (shown++ < 50) problems.add(at, message);
        }
        if (!problems.isEmpty()) throw new BuildException("verify", problems);
    }

    /** The release check's warnings ({@code broken_links: warn}), after {@link #commit()}; sorted by place. */
    public List<String> warnings() {
        List<String> out = new java.util.ArrayList<>(warnings);
        java.util.Collections.sort(out);
        return out;
    }

    @Override
    public void commit() {
        SortedMap<String, String> files = new TreeMap<>(digests);
        Manifest manifest = Manifest.of(settings.inputs().get(), files);
        // the release's names looked up by hash (a lookup in the sorted map compared long paths some 14 times; the check makes one per link target)
        if (last != null) scan(last.toScan(digests.keySet(), settings.brokenLinksWarn()));
        verify(digests.keySet());
        try {
            folder.finish(digests.keySet()); // a recycled folder: what the new release does not have is deleted (looked up by hash)
            byte[] json = manifest.bytes();
            folder.replaceAtRoot(Manifest.FILE, json);
            id = releases.newId(Instant.now(clock), json);
            Files.move(partial, releases.folder().resolve(id), StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            if (last != null) last.committed(releases.folder().resolve(id), files);
            releases.switchTo(id);
            releases.prune(settings.keep());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads back the links of pages taken from the last release, when the release check needs them. */
    private void scan(java.util.Set<String> pages) {
        try {
            for (String page : new java.util.TreeSet<>(pages)) check.page(page, Files.readAllBytes(partial.resolve(page)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (moved) return;
        try {
            PathUtils.deleteDirectory(partial);
            if (PathUtils.isEmptyDirectory(releases.folder())) Files.delete(releases.folder()); // a first build that failed leaves nothing
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
