package press.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a site folder's {@code content/} and {@code templates/} trees (site.yaml lives in
 * content/) and calls back once per burst of changes: after the first event it waits until the
 * trees have been quiet for {@code quiet}, so an editor's save (temp file, rename, attribute
 * change) or a {@code git checkout} gives one rebuild. Folders created later are watched too.
 * Events directly in the site folder count only for {@code content} and {@code templates}
 * themselves, since the output folder usually lives there and every build swaps it; inside the
 * trees, editors' swap and backup files are ignored.
 */
final class SourceWatcher implements AutoCloseable {
    /** What a build reads: posts and pages, the theme, and the site's own static files (before, static/ was not watched, so an edit there never reached the preview). */
    private static final Set<String> WATCHED = Set.of("content", "templates", "static");
    /** A burst that never goes quiet still rebuilds this often. */
    private static final long MAX_BURST_MILLIS = 2_000;

    private final Path source;
    private final long quietMillis;
    private final java.util.function.Consumer<Set<Path>> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Thread thread;

    /** {@code onChange} is told which files changed (absolute paths; empty when the system lost count of events). */
    SourceWatcher(Path source, Duration quiet, java.util.function.Consumer<Set<Path>> onChange) throws IOException {
        this.source = source.toAbsolutePath().normalize();
        this.quietMillis = quiet.toMillis();
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        register(this.source);
        for (String name : WATCHED) registerTree(this.source.resolve(name));
        this.thread = new Thread(this::loop, "press-serve-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        try {
            while (true) {
                Burst burst = new Burst();
                handle(service.take(), burst);
                long burstEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_BURST_MILLIS);
                WatchKey next;
                while (System.nanoTime() < burstEnd && (next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    handle(next, burst);
                }
                if (burst.changed) onChange.accept(burst.lost ? Set.of() : Set.copyOf(burst.files));
            }
        } catch (InterruptedException | ClosedWatchServiceException stop) {
            // closed: the server is shutting down
        }
    }

    /** What one burst of events changed: the files, or that some events were lost (then the files are not known). */
    private static final class Burst {
        boolean changed;
        boolean lost;
        final java.util.Set<Path> files = new java.util.HashSet<>();
    }

    /** Takes a key's events into {@code burst} and watches new folders. */
    private void handle(WatchKey key, Burst burst) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                burst.changed = true;
                burst.lost = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            String name = child.getFileName().toString();
            if (dir.equals(source) ? !WATCHED.contains(name) : editorNoise(name)) continue;
            burst.changed = true;
            burst.files.add(child);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) registerTree(child);
        }
        if (!key.reset()) dirs.remove(key);
    }

    /**
     * Swap, lock and backup files (vim's {@code .a.md.swp}, emacs's {@code .#a.md} and
     * {@code #a.md#}, {@code a.md~}) change while one types; rebuilding for them would reload the
     * page for nothing. A real save still shows up as an event on the file itself.
     */
    static boolean editorNoise(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(this::register);
        } catch (IOException | java.io.UncheckedIOException e) {
            // a folder deleted while being walked: its parent's events still trigger the rebuild
        }
    }

    private void register(Path dir) {
        try {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            dirs.put(key, dir); // only the constructor and then the watch thread touch the map
        } catch (IOException e) {
            // vanished before we got to it; nothing to watch
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
