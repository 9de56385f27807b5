package press.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Folders on their way out (a pruned release, an output folder swapped out), deleted on one
 * background thread so that no build waits for the disk to forget thousands of files: deleting one
 * 10,000-post release took 4.5 s (`rm -rf`) to 12 s on the bench's VM, all of it waiting on the
 * disk, after the build's work was done.
 *
 * <p>A folder is handed over only once it has been renamed to a trash name, so it is already out of
 * every listing. A command that exits hands what is left to {@link #handOver()}; a process killed
 * first leaves the rest of it, and the next build's sweep
 * ({@code Releases.sweep}, {@link OutputFolder#begin}) hands it over again. One thread deletes, so
 * two requests for the same folder never race; a file already gone is not an error. A folder that
 * cannot be deleted (permissions) stays where it is and is tried again by the next sweep.
 */
public final class Trash {
    private static final ExecutorService DELETER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "press-trash");
        t.setDaemon(true); // never keeps the JVM alive: what is left is swept by the next build
        return t;
    });

    /** Folders handed over and not yet deleted, in the order given. */
    private static final java.util.Set<Path> PENDING = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());

    private Trash() {}

    /** Deletes {@code folder} and everything in it, in the background. */
    public static Future<?> deleteLater(Path folder) {
        PENDING.add(folder);
        return DELETER.submit(() -> {
            try {
                delete(folder);
            } catch (IOException e) {
                // left in place under its trash name: the next sweep tries again
            } finally {
                PENDING.remove(folder);
            }
        });
    }

    /**
     * For a command about to exit: the folders still being deleted go on being deleted by a
     * detached {@code rm -rf} that outlives this process, so the command returns at once (a
     * release of 10,000 posts takes 4.5 s to delete on a slow disk; in a one-post rebuild that was
     * more than the build). Where there is no {@code rm}, this waits for the deletions instead.
     * A process killed first leaves the rest to the next build's sweep.
     */
    public static void handOver() {
        List<Path> left;
        synchronized (PENDING) {
            left = List.copyOf(PENDING);
        }
        if (!left.isEmpty()) handOver(left);
    }

    /** Starts a detached {@code rm -rf} of {@code left} (or waits for the deletions where there is no rm). */
    static void handOver(List<Path> left) {
        Path rm = Path.of("/bin/rm");
        if (!Files.isExecutable(rm)) {
            await();
            return;
        }
        List<String> command = new java.util.ArrayList<>(List.of(rm.toString(), "-rf", "--"));
        left.forEach(p -> command.add(p.toString()));
        try {
            new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start(); // not waited for
        } catch (IOException e) {
            await();
        }
    }

    /** Waits until every folder handed over so far is deleted (or given up on). */
    public static void await() {
        try {
            DELETER.submit(() -> {}).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Deletes {@code folder} now; files that vanish meanwhile are skipped. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) throw e;
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
