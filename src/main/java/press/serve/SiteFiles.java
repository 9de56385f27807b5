package press.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Finds a request's file in the output folder. The folder's real path is looked up on every
 * call, because a build swaps in a new folder under the same name. A file is served only when
 * its real path (every symlink resolved) lies inside that real root, compared component by
 * component with {@link Path#startsWith(Path)}, never as strings (so {@code site-leak/} is not
 * inside {@code site/}), and when no component below the root starts with a dot.
 */
final class SiteFiles {
    /** What a path names: a regular file, a directory, or nothing servable. */
    sealed interface Found permits File, Directory, Missing {}

    record File(Path real, long size, long modifiedNanos) implements Found {}

    record Directory(Path real) implements Found {}

    record Missing() implements Found {}

    private static final Missing MISSING = new Missing();

    private final Path out;

    SiteFiles(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    Found find(List<String> segments) {
        Path root;
        try {
            root = out.toRealPath();
        } catch (IOException e) {
            return MISSING;
        }
        try {
            Path candidate = root;
            for (String seg : segments) candidate = candidate.resolve(seg); // a name the file system cannot hold (NUL) is nothing
            Path real = candidate.toRealPath();
            if (!real.startsWith(root)) return MISSING;
            for (Path part : root.relativize(real)) {
                if (part.toString().startsWith(".")) return MISSING;
            }
            BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory()) return new Directory(real);
            if (attrs.isRegularFile()) {
                return new File(real, attrs.size(), attrs.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
                        + attrs.lastModifiedTime().toInstant().getNano());
            }
            return MISSING;
        } catch (IOException | RuntimeException e) {
            return MISSING;
        }
    }
}
