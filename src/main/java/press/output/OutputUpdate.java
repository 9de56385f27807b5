package press.output;

import org.apache.commons.io.FileUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Updates a folder written by an earlier build in place (the way {@code press serve} rebuilds).
 * A page whose view equals the last one is not rendered; a file whose bytes are unchanged is not
 * written. Changed bytes are held until {@link #commit()}, which replaces each file atomically
 * and deletes files no longer written, so a failed rebuild leaves the folder as it was.
 */
final class OutputUpdate implements OutputWriter {
    /** What a commit leaves: per page its view digest, per file its bytes' digest, and how many files it wrote or deleted. */
    record Written(Map<String, String> views, Map<String, String> digests, int touched) {}

    private final Path root;
    private final Map<String, String> lastViews;
    private final Map<String, String> lastDigests;
    private final Consumer<Written> onCommit;
    private final Map<String, String> views = new ConcurrentHashMap<>();
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    private final Map<String, byte[]> changed = new ConcurrentHashMap<>();
    private final java.util.Set<String> present; // null: trust that the folder holds what was last committed
    private final Object lock;
    private final java.util.function.Predicate<String> writtenAhead;
    private int touched;

    OutputUpdate(Path root, Map<String, String> lastViews, Map<String, String> lastDigests, Consumer<Written> onCommit) {
        this(root, lastViews, lastDigests, onCommit, false);
    }

    OutputUpdate(Path root, Map<String, String> lastViews, Map<String, String> lastDigests, Consumer<Written> onCommit, boolean look) {
        this(root, lastViews, lastDigests, onCommit, look, new Object(), path -> false);
    }

    /**
     * @param look whether to list the folder first (for a memory read back from disk, when others may
     *             have changed the folder since): a file that is missing is written again, one that
     *             press did not write is deleted at commit
     * @param lock         held while committing, so that a page written ahead ({@link OutputMemory#writeAhead}) is never half-way
     * @param writtenAhead whether a path was written ahead since this update began: newer than what this update made of it,
     *                     so the commit leaves it (the next build, which the same edit asked for, writes it)
     */
    OutputUpdate(Path root, Map<String, String> lastViews, Map<String, String> lastDigests, Consumer<Written> onCommit, boolean look,
                 Object lock, java.util.function.Predicate<String> writtenAhead) {
        this.lock = lock;
        this.writtenAhead = writtenAhead;
        this.root = root;
        this.lastViews = lastViews;
        this.lastDigests = lastDigests;
        this.onCommit = onCommit;
        this.present = look ? list(root) : null;
    }

    private static java.util.Set<String> list(Path root) {
        try (var s = Files.walk(root)) {
            java.util.Set<String> out = new java.util.HashSet<>();
            s.filter(Files::isRegularFile).forEach(f -> out.add(root.relativize(f).toString().replace('\\', '/')));
            out.remove(OutputFolder.MARKER);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean onDisk(String path) {
        return present == null || present.contains(path);
    }

    @Override
    public boolean needsRender(String path, Object view) {
        OutputPaths.resolve(root, path);
        String viewDigest = ViewDigest.of(view);
        views.put(path, viewDigest);
        String digest = lastDigests.get(path);
        if (digest != null && onDisk(path) && viewDigest.equals(lastViews.get(path))) {
            digests.put(path, digest);
            return false;
        }
        return true;
    }

    @Override
    public void write(String path, byte[] bytes) {
        OutputPaths.resolve(root, path);
        String d = OutputMemory.digest(bytes);
        digests.put(path, d);
        if (!d.equals(lastDigests.get(path)) || !onDisk(path)) changed.put(path, bytes);
    }

    @Override
    public void copy(String path, Path from) {
        write(path, OutputMemory.read(from));
    }

    /** How many files the commit wrote or deleted. */
    int touched() {
        return touched;
    }

    @Override
    public void commit() {
        synchronized (lock) {
            List<String> gone = new ArrayList<>();
            for (String path : lastDigests.keySet()) if (!digests.containsKey(path)) gone.add(path);
            if (present != null) for (String path : present) if (!digests.containsKey(path) && !lastDigests.containsKey(path)) gone.add(path);
            changed.keySet().removeIf(writtenAhead);
            gone.removeIf(writtenAhead);
            changed.forEach((path, bytes) -> replace(root, path, bytes));
            gone.forEach(this::delete);
            touched = changed.size() + gone.size();
            changed.clear();
            onCommit.accept(new Written(Map.copyOf(views), Map.copyOf(digests), touched));
        }
    }

    @Override
    public void close() {
        changed.clear(); // nothing reached the folder before commit
    }

    /** Writes {@code bytes} to {@code path} under {@code root} (checked) through a temporary file moved over the old one. */
    static void replace(Path root, String path, byte[] bytes) {
        try {
            Path file = OutputPaths.resolve(root, path);
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".press-", ".tmp");
            FileBytes.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file that is no longer written, and its folders while they are empty (never the root). */
    private void delete(String path) {
        try {
            Path file = OutputPaths.resolve(root, path);
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
                try (var s = Files.list(dir)) {
                    if (s.findAny().isPresent()) break;
                }
                FileUtils.deleteDirectory(dir.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
