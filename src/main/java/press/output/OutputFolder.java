package press.output;

import org.apache.commons.io.FileUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A new output folder being written. Files go into a staging folder beside the target;
 * {@link #commit()} swaps it in for the old one, {@link #abandon()} deletes it. The old folder
 * is touched only by the swap. A path that would land outside the folder is refused.
 */
public final class OutputFolder implements OutputWriter {
    /** Marks a folder as press output; a non-empty folder without it is never replaced. */
    public static final String MARKER = ".press-output";

    private final Path target;
    private final Path staging;
    private final OutputMemory.Recorder recorder; // null unless a long-running process remembers this output
    private final MadeFolders folders = new MadeFolders();
    private boolean done;

    private OutputFolder(Path target, Path staging, OutputMemory.Recorder recorder) {
        this.target = target;
        this.staging = staging;
        this.recorder = recorder;
    }

    /**
     * Starts a new output for {@code target}.
     *
     * @throws IllegalStateException when the target exists, is not empty and was not written by press
     */
    public static OutputFolder begin(Path target) {
        return begin(target, null);
    }

    static OutputFolder begin(Path target, OutputMemory.Recorder recorder) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) throw new IllegalStateException(abs + " is a file, expected an output folder");
        if (Files.isDirectory(abs) && !Files.exists(abs.resolve(MARKER)) && !isEmpty(abs)) {
            throw new IllegalStateException("refusing to replace " + abs + ": it holds files press did not write (no "
                    + MARKER + "), expected an empty folder or an earlier press output");
        }
        try {
            Files.createDirectories(abs.getParent());
            sweep(abs);
            Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".new-");
            Files.writeString(staging.resolve(MARKER), "Written by press; the whole folder is replaced on each build.\n");
            return new OutputFolder(abs, staging, recorder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh folder renders every page. */
    @Override
    public boolean usesViews() {
        return recorder != null;
    }

    @Override
    public boolean needsRender(String path, Object view) {
        if (recorder != null) recorder.views.put(path, ViewDigest.of(view));
        return true;
    }

    @Override
    public void write(String relative, byte[] bytes) {
        try {
            Path file = resolve(relative);
            folders.make(file.getParent());
            FileBytes.write(file, bytes);
            if (recorder != null) recorder.digests.put(relative, OutputMemory.digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(String relative, Path from) {
        try {
            Path file = resolve(relative);
            folders.make(file.getParent());
            Files.copy(from, file, StandardCopyOption.REPLACE_EXISTING);
            if (recorder != null) recorder.digests.put(relative, OutputMemory.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path resolve(String relative) {
        return OutputPaths.resolve(staging, relative);
    }

    /** Swaps the new folder in: old target to a trash name, staging to target, trash deleted in the background ({@link Trash}). */
    @Override
    public void commit() {
        try {
            Path trash = null;
            if (Files.exists(target)) {
                trash = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(trash);
                move(target, trash);
            }
            move(staging, target);
            done = true;
            if (recorder != null) recorder.committed();
            if (trash != null) Trash.deleteLater(trash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void abandon() {
        if (done) return;
        done = true;
        try {
            FileUtils.deleteDirectory(staging.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        abandon();
    }

    /** Hands the old folders that earlier builds swapped out, and did not live to delete, to {@link Trash}. */
    private static void sweep(Path target) throws IOException {
        String old = "." + target.getFileName() + ".old-";
        try (Stream<Path> s = Files.list(target.getParent())) {
            s.filter(p -> p.getFileName().toString().startsWith(old)).forEach(Trash::deleteLater);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
