package press.output;

import press.digest.ContentHash;
import press.store.CacheInput;
import press.store.CacheOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a long-running process remembers of the output it last committed, so the next build can
 * update it in place: the folder, the templates' fingerprint, and per file its bytes' digest and
 * (for pages) the view it was rendered from. One build at a time.
 */
public final class OutputMemory {
    /** Per page the digest of the view it was rendered from ({@link ViewDigest}), per file the digest of its bytes. */
    record State(Path folder, String templates, Map<String, String> views, Map<String, String> digests) {}

    private volatile State last;
    /** How many files the last commit wrote or deleted in place; -1 when it wrote a whole folder. */
    private volatile int lastTouched = -1;
    /** Pages written ahead ({@link #writeAhead}) since the running update began, path to digest; guarded by this. */
    private final Map<String, String> ahead = new java.util.HashMap<>();
    private boolean fromDisk; // read back by load(): the folder may have changed since, so the next update looks at it

    /** Whether nothing has been committed with this memory yet. */
    public boolean isEmpty() {
        return last == null;
    }

    /**
     * The writer for the next build into {@code target} with templates of fingerprint
     * {@code templates}: an in-place update when the last committed output is that folder and it
     * still exists, else a fresh folder (remembered when it commits). After a template change
     * every page is rendered again, but only files whose bytes changed are written.
     */
    public synchronized OutputWriter open(Path target, String templates) {
        Path abs = target.toAbsolutePath().normalize();
        if (last != null && last.folder().equals(abs) && Files.isRegularFile(abs.resolve(OutputFolder.MARKER))) {
            Map<String, String> views = last.templates().equals(templates) ? last.views() : Map.of();
            boolean look = fromDisk;
            fromDisk = false;
            ahead.clear(); // what was written ahead until now is in the memory this update starts from
            return new OutputUpdate(abs, views, last.digests(), state -> updated(abs, templates, state), look, this, ahead::containsKey);
        }
        last = null;
        return OutputFolder.begin(abs, new Recorder(abs, templates));
    }

    /**
     * What the last committed output holds, for a new release to take its unchanged files from
     * (hard links, not copies): its folder, per page the digest of its view (none when the
     * templates have changed since: the same view may now render otherwise), per file the digest
     * of its bytes. Null when nothing was committed or the folder is gone.
     */
    public record Previous(Path folder, Map<String, String> views, Map<String, String> digests) {}

    /** The last committed output as {@link Previous}, for templates of fingerprint {@code templates}; null when there is none. */
    public Previous previous(String templates) {
        if (last == null || !Files.isDirectory(last.folder())) return null;
        return new Previous(last.folder(), last.templates().equals(templates) ? last.views() : Map.of(), last.digests());
    }

    /**
     * Writes one page into the folder last committed in place, now, ahead of the build that will
     * commit it ({@code press serve} writes a just-edited post's page first): through the same path
     * checks, replacing the file atomically. The page is remembered with its new bytes' digest and
     * without a view, so the build that follows renders it again but does not write the same bytes
     * twice. False, with nothing written, when the last output is not a folder at {@code target}.
     */
    public synchronized boolean writeAhead(Path target, String path, byte[] bytes) {
        Path abs = target.toAbsolutePath().normalize();
        if (last == null || !last.folder().equals(abs) || !Files.isRegularFile(abs.resolve(OutputFolder.MARKER))) return false;
        OutputUpdate.replace(abs, path, bytes);
        ahead.put(path, digest(bytes));
        last = withAhead(last);
        return true;
    }

    /** An in-place update committed (under this lock): its files, and the pages written ahead while it ran, which it left. */
    private void updated(Path folder, String templates, OutputUpdate.Written state) {
        last = withAhead(new State(folder, templates, state.views(), state.digests()));
        lastTouched = state.touched();
        ahead.clear();
    }

    /** {@code s} with the pages written ahead: their new digests, and no views (the next build renders them again and compares bytes). */
    private State withAhead(State s) {
        if (ahead.isEmpty()) return s;
        Map<String, String> views = new java.util.HashMap<>(s.views());
        Map<String, String> digests = new java.util.HashMap<>(s.digests());
        ahead.forEach((path, digest) -> {
            views.remove(path);
            digests.put(path, digest);
        });
        return new State(s.folder(), s.templates(), Map.copyOf(views), Map.copyOf(digests));
    }

    /** Whether the last commit changed any file of the folder (false only for an in-place update that wrote and deleted nothing). */
    public boolean lastCommitChanged() {
        return lastTouched != 0;
    }

    /** Remembers a committed release folder: the views its pages were rendered from and its files' digests. */
    public void committed(Path folder, String templates, Map<String, String> views, Map<String, String> digests) {
        last = new State(folder.toAbsolutePath().normalize(), templates, Map.copyOf(views), Map.copyOf(digests));
        fromDisk = false;
    }

    /** Collects what a fresh folder writes, and becomes the memory when it commits. */
    final class Recorder {
        private final Path folder;
        private final String templates;
        final Map<String, String> views = new ConcurrentHashMap<>();
        final Map<String, String> digests = new ConcurrentHashMap<>();

        Recorder(Path folder, String templates) {
            this.folder = folder;
            this.templates = templates;
        }

        void committed() {
            last = new State(folder, templates, Map.copyOf(views), Map.copyOf(digests));
            lastTouched = -1;
        }
    }

    private static final String FORMAT = "press output memory 3";

    /**
     * Saves what was last committed to {@code file}, for the next run of press (a persistent
     * incremental build); nothing is saved when nothing was committed. Written with the cache's
     * own format ({@link CacheOutput}: UTF-8 decoded in bulk when read back, an end mark).
     */
    public void save(Path file) throws IOException {
        if (last == null) return;
        try (CacheOutput out = CacheOutput.create(file, FORMAT)) {
            out.string(last.folder().toString()).string(last.templates()).number(last.digests().size());
            for (Map.Entry<String, String> e : last.digests().entrySet()) {
                out.string(e.getKey()).string(e.getValue()).string(last.views().get(e.getKey()));
            }
        }
    }

    /**
     * The memory saved in {@code file} by {@link #save}.
     *
     * @throws IOException when the file cannot be read or is not such a file (the caller then starts afresh)
     */
    public static OutputMemory load(Path file) throws IOException {
        try (CacheInput in = CacheInput.open(file, FORMAT)) {
            String folder = in.string();
            String templates = in.string();
            int n = in.count(1 << 26);
            // hash maps of the right size, read-only: lookups by path are most of what a rebuild asks of them
            Map<String, String> digests = new java.util.HashMap<>(n * 4 / 3 + 16);
            Map<String, String> views = new java.util.HashMap<>(n * 4 / 3 + 16);
            for (int i = 0; i < n; i++) {
                String path = in.string();
                String digest = in.string();
                if (path == null || digest == null) throw new IOException("corrupt: a path or digest is missing");
                digests.put(path, digest);
                String view = in.string();
                if (view != null) views.put(path, view);
            }
            in.end();
            if (folder == null || templates == null) throw new IOException("corrupt: no folder");
            OutputMemory m = new OutputMemory();
            m.fromDisk = true;
            m.last = new State(Path.of(folder), templates, java.util.Collections.unmodifiableMap(views), java.util.Collections.unmodifiableMap(digests));
            return m;
        }
    }

    static String digest(byte[] bytes) {
        return ContentHash.hex(bytes);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
