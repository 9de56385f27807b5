package press.publish;

import org.apache.commons.io.file.PathUtils;
import press.output.FileBytes;
import press.output.MadeFolders;
import press.output.OutputPaths;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The folder a release is written into before its commit ({@code <out>-releases/.partial-*}):
 * a fresh empty one, or the folder of a release this build's commit would have pruned anyway,
 * recycled. A recycled folder keeps every file whose path and bytes (its {@code build.json}'s
 * digest) the new release has too, without a syscall; any other file is written or linked under a
 * temporary name in its folder and renamed over the old one, so it gets a new inode: releases share
 * inodes through hard links, and writing into an old file would change the live site and older
 * releases. {@link #finish} then deletes what the new release does not have, so the folder holds
 * exactly what a fresh one would. Safe from many threads.
 */
final class PartialRelease {
    private static final String TEMP = ".press-new-";

    private final Path root;
    /** The recycled release's files, path to digest (empty when fresh). */
    private final Map<String, String> old;
    private final boolean recycled;
    private final AtomicLong temps = new AtomicLong();
    /** The folders made so far in a fresh folder. */
    private final MadeFolders folders = new MadeFolders();

    private PartialRelease(Path root, Map<String, String> old, boolean recycled) {
        this.root = root;
        this.old = old;
        this.recycled = recycled;
    }

    /** An empty folder, written file by file. */
    static PartialRelease fresh(Path root) {
        return new PartialRelease(root, Map.of(), false);
    }

    /** The folder of a release that held {@code files} (path to digest, as its {@code build.json} has them), now at {@code root}. */
    static PartialRelease recycled(Path root, Map<String, String> files) {
        return new PartialRelease(root, Map.copyOf(files), true);
    }

    Path root() {
        return root;
    }

    boolean isRecycled() {
        return recycled;
    }

    /**
     * Whether the file at {@code relative} holds bytes of {@code digest} already (a recycled file):
     * it is kept as it is, without a syscall. The recycled release's {@code build.json} is trusted as
     * {@link LastRelease} trusts the memory of the last one: press never changes a committed release
     * (it only renames it), and a {@code stat} would not see changed bytes anyway.
     */
    boolean holds(String relative, String digest) {
        return digest != null && digest.equals(old.get(relative));
    }

    /** Writes {@code bytes} to {@code relative}; in a recycled folder through a new inode. */
    void write(String relative, byte[] bytes) throws IOException {
        Path file = OutputPaths.resolve(root, relative);
        if (!recycled) {
            folders.make(file.getParent());
            FileBytes.write(file, bytes);
            return;
        }
        Path temp = temp(file);
        try {
            FileBytes.writeNew(temp, bytes);
        } catch (FileSystemException e) {
            if (e instanceof FileAlreadyExistsException) throw e;
            folder(file.getParent()); // a folder the old release did not have, or one of its files in the way
            FileBytes.writeNew(temp, bytes);
        }
        replace(temp, file);
    }

    /**
     * Hard-links {@code from} to {@code relative}; in a recycled folder through a temporary name.
     *
     * @throws FileSystemException when {@code from} is gone or the file system has no hard links
     */
    void link(String relative, Path from) throws IOException {
        Path file = OutputPaths.resolve(root, relative);
        if (!recycled) {
            folders.make(file.getParent());
            Files.createLink(file, from);
            return;
        }
        Path temp = temp(file);
        try {
            Files.createLink(temp, from);
        } catch (FileSystemException e) {
            if (e instanceof FileAlreadyExistsException || Files.isDirectory(file.getParent(), LinkOption.NOFOLLOW_LINKS)) throw e; // from is gone
            folder(file.getParent());
            Files.createLink(temp, from);
        }
        replace(temp, file);
    }

    /** A temporary name beside {@code file}, unique in this build (one build at a time writes a partial folder). */
    private Path temp(Path file) {
        return file.resolveSibling(TEMP + temps.incrementAndGet());
    }

    /** Renames {@code temp} over {@code file}: one rename(2); a folder of the old release where the file goes is deleted first. */
    private void replace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(temp);
                throw e;
            }
            synchronized (this) { // the old release had a folder here; the new one has no file in it
                PathUtils.deleteDirectory(file);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Makes folder {@code dir}, first deleting any file of the old release where one of its folders goes. */
    private void folder(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
            return;
        } catch (FileAlreadyExistsException e) {
            // a file of the old release in the way: below, under the lock (only files are deleted, never folders)
        }
        synchronized (this) {
            Path at = root;
            for (Path name : root.relativize(dir)) {
                at = at.resolve(name);
                if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) Files.delete(at);
            }
            Files.createDirectories(dir);
        }
    }

    /**
     * Deletes every file of the recycled release that the new release, holding {@code files}, does
     * not have, then the folders this leaves empty (deepest first), so the folder holds exactly
     * what a fresh one would. Nothing to do in a fresh folder.
     */
    void finish(Set<String> files) throws IOException {
        if (!recycled) return;
        TreeSet<Path> folders = new TreeSet<>(Comparator.reverseOrder()); // a folder sorts after its parent: children first
        for (String path : old.keySet()) {
            if (files.contains(path)) continue;
            Path file = OutputPaths.resolve(root, path);
            try {
                Files.deleteIfExists(file);
            } catch (FileSystemException e) {
                // the new release has a folder here, with its files in it, or a file where a folder of this one was
                if (e instanceof DirectoryNotEmptyException || !Files.isDirectory(file.getParent(), LinkOption.NOFOLLOW_LINKS)) continue;
                throw e;
            }
            for (Path dir = file.getParent(); !dir.equals(root); dir = dir.getParent()) {
                if (!folders.add(dir)) break;
            }
        }
        for (Path dir : folders) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                // files of the new release in it, or gone with a folder the old release had where the new one has a file
            }
        }
    }

    /** Writes {@code bytes} to {@code name} in the folder's root through a new inode (build.json: never changed in place). */
    void replaceAtRoot(String name, byte[] bytes) throws IOException {
        if (!recycled) {
            FileBytes.write(root.resolve(name), bytes);
            return;
        }
        Path temp = temp(root.resolve(name));
        FileBytes.writeNew(temp, bytes);
        replace(temp, root.resolve(name));
    }
}
