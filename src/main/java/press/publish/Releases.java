package press.publish;

import press.output.Trash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The releases of one output: {@code <out>-releases/<id>/} folders and {@code <out>}, a symlink to
 * the live one. Every switch is one {@code rename(2)} of a fresh symlink over {@code <out>}, so a
 * reader sees the old release or the new one, never neither. One publisher at a time.
 */
public final class Releases {
    /** Marks press output; a non-empty folder without it is never replaced. */
    public static final String MARKER = ".press-output";
    static final String PARTIAL = ".partial-";
    static final String TRASH = ".trash-";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path out;
    private final Path dir;

    private Releases(Path out) {
        this.out = out;
        this.dir = out.resolveSibling(out.getFileName() + "-releases");
    }

    public static Releases of(Path out) {
        return new Releases(out.toAbsolutePath().normalize());
    }

    public Path folder() {
        return dir;
    }

    public Path out() {
        return out;
    }

    /** One release: its id, folder, whether it is live, and its manifest (empty for a folder migrated from before releases). */
    public record Release(String id, Path folder, boolean live, Optional<Manifest> manifest) {}

    /** The releases, oldest first (ids start with their UTC build time; ties go by when each build started). */
    public List<Release> list() {
        return list(true);
    }

    /** As {@link #list()}; without {@code manifests} each release's {@code build.json} is left unread (pruning needs only the ids). */
    private List<Release> list(boolean manifests) {
        if (!Files.isDirectory(dir)) return List.of();
        Optional<String> live = live();
        List<Release> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isDirectory).sorted(Releases::byAge).toList()) {
                String id = p.getFileName().toString();
                if (id.startsWith(".")) continue;
                Path m = p.resolve(Manifest.FILE);
                Optional<Manifest> manifest = manifests && Files.exists(m) ? Optional.of(Manifest.read(m)) : Optional.empty();
                out.add(new Release(id, p, live.map(id::equals).orElse(false), manifest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** By the time in the id, then (within one second) by when the release was started: its marker's time. */
    private static int byAge(Path a, Path b) {
        String ta = a.getFileName().toString().split("-")[0];
        String tb = b.getFileName().toString().split("-")[0];
        int c = ta.compareTo(tb);
        return c != 0 ? c : markerTime(a).compareTo(markerTime(b));
    }

    private static FileTime markerTime(Path release) {
        try {
            return Files.getLastModifiedTime(release.resolve(MARKER));
        } catch (IOException e) {
            return FileTime.from(Instant.EPOCH);
        }
    }

    /** The id of the live release, when {@code <out>} is a symlink into the releases folder. */
    public Optional<String> live() {
        if (!Files.isSymbolicLink(out)) return Optional.empty();
        try {
            Path target = out.resolveSibling(Files.readSymbolicLink(out)).normalize();
            return target.getParent().equals(dir) ? Optional.of(target.getFileName().toString()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new release id: the time, then the first 12 hex digits of the manifest's hash, unique in the folder. */
    String newId(Instant now, byte[] manifest) {
        String base = ID_TIME.format(now) + "-" + Manifest.fileHash(manifest).substring(0, 12); // xxHash64: SHA-256 of a 1 MB manifest took 20 ms under C1
        String id = base;
        for (int n = 2; Files.exists(dir.resolve(id)); n++) id = base + "-" + n;
        return id;
    }

    /**
     * Points {@code <out>} at release {@code id} with one rename. A real folder press wrote
     * (or an empty one) is first moved into the releases folder as a release of its own, so it
     * can be rolled back to; that first switch has a moment without {@code <out>}.
     */
    public void switchTo(String id) throws IOException {
        Path target = dir.resolve(id);
        if (id.startsWith(".") || !Files.isDirectory(target)) throw new IllegalArgumentException("no release " + id + " in " + dir);
        Path link = out.resolveSibling(out.getFileName() + ".tmp-link");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, out.getParent().relativize(target));
        if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            refuseForeign();
            if (isEmpty(out)) {
                Files.delete(out);
                Files.move(link, out, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            FileTime made = Files.exists(out.resolve(MARKER)) ? Files.getLastModifiedTime(out.resolve(MARKER)) : FileTime.from(Instant.EPOCH);
            String migrated = ID_TIME.format(made.toInstant()) + "-folder";
            Files.move(out, dir.resolve(migrated), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(link, out, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Refuses a real, non-empty {@code <out>} folder press did not write. */
    void refuseForeign() {
        if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new IllegalStateException("refusing to replace " + out + ": it holds files press did not write (no "
                    + MARKER + "), expected an empty folder or an earlier press output");
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(out)) {
            throw new IllegalStateException(out + " is a file, expected an output folder");
        }
        if (Files.isSymbolicLink(out) && live().isEmpty()) {
            throw new IllegalStateException("refusing to replace " + out + ": it is a symlink outside " + dir);
        }
    }

    /**
     * Drops all but the newest {@code keep} releases (never the live one) and sweeps what killed
     * builds left behind. A dropped release is renamed to a trash name at once (gone from
     * {@link #list()}) and deleted in the background ({@link Trash}); {@link Trash#await()} waits
     * for it.
     */
    public void prune(int keep) throws IOException {
        List<Release> all = list(false);
        for (int i = 0; i < all.size() - keep; i++) {
            Release r = all.get(i);
            if (r.live()) continue;
            Path trash = dir.resolve(TRASH + r.id());
            Files.move(r.folder(), trash, StandardCopyOption.ATOMIC_MOVE); // gone from the list at once
        }
        sweep(); // hands the trash, this prune's with any older, to the background deleter
    }

    /**
     * The release {@link #prune}{@code (keep)} would drop first once one more release is added,
     * other than {@code taken} (the one the new release takes files from; may be null): the oldest
     * of those beyond the newest {@code keep}, never the live one. Empty when that prune drops none.
     */
    Optional<Release> prunedNext(int keep, Path taken) {
        List<Release> all = list(false);
        for (int i = 0; i < all.size() + 1 - keep; i++) {
            Release r = all.get(i);
            if (!r.live() && !r.folder().equals(taken)) return Optional.of(r);
        }
        return Optional.empty();
    }

    /**
     * Hands the partial folders of killed builds and the trash of earlier prunes to {@link Trash}
     * (one build at a time: a partial folder found here is no running build's). A partial folder
     * is first renamed to a trash name, so the new build's own partial folder is never swept.
     */
    void sweep() throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(PARTIAL)) {
                    Path trash = dir.resolve(TRASH + name.substring(1));
                    Files.move(p, trash, StandardCopyOption.ATOMIC_MOVE);
                    Trash.deleteLater(trash);
                } else if (name.startsWith(TRASH)) {
                    Trash.deleteLater(p);
                }
            }
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
