package press.pipeline;

import press.content.ContentScanner;
import press.content.FileTree;
import press.digest.ContentHash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Digests that tell whether a saved build still holds: {@link #of} names every input of a build
 * (each file under content/, templates/ and static/ by path, size, modification time and
 * identity, the options, and press itself), {@link #press} the press code that ran.
 */
final class SiteInputs {
    private static final List<String> FOLDERS = List.of("content", "templates", "static");
    private static String press;

    private SiteInputs() {}

    static String of(Path source, BuildOptions options) {
        return check(source, options).digest();
    }

    /**
     * The digest of the build's inputs, and the content files the walk found (as
     * {@link ContentScanner.Listing} keeps them, for the scan to take instead of walking again), or
     * null for them when content/ is a link (the scan does not follow it) or missing; and the
     * attributes the walk read of each regular file, by its path in the site ({@code content/posts/a.md}).
     */
    record Checked(String digest, List<Path> content, java.util.Map<String, BasicFileAttributes> stats) {}

    static Checked check(Path source, BuildOptions options) {
        ContentHash.Stream md = ContentHash.start();
        List<Path> content = null;
        java.util.Map<String, BasicFileAttributes> stats = new java.util.HashMap<>(); // regular files by site path, for FileHashes
        add(md, press());
        add(md, String.valueOf(options.out().toAbsolutePath().normalize()));
        add(md, String.valueOf(options.baseUrl()));
        add(md, String.valueOf(options.drafts()));
        add(md, String.valueOf(options.schedule()));
        for (String folder : FOLDERS) {
            Path root = source.resolve(folder);
            if (!Files.isDirectory(root)) continue;
            // a folder may be a symbolic link to a shared theme (docs/templates is one): walk what it names
            List<String> lines = new java.util.ArrayList<>();
            Path real;
            try {
                real = root.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ContentScanner.Listing listing = folder.equals(ContentScanner.CONTENT) && !Files.isSymbolicLink(root) ? new ContentScanner.Listing(real) : null;
            FileTree.walk(real, dir -> false, (f, a) -> {
                if (listing != null) listing.entry(f, a);
                String path = folder + "/" + real.relativize(f).toString().replace('\\', '/'); // its line's and its attributes' name
                if (a.isRegularFile()) stats.put(path, a);
                // a link stands for what it names: its target's size and time (a broken link: its own)
                BasicFileAttributes named = a.isSymbolicLink() && Files.exists(f) ? Files.readAttributes(f, BasicFileAttributes.class) : a;
                lines.add(line(path, named));
            });
            java.util.Collections.sort(lines); // one order whatever the file system's
            for (String line : lines) add(md, line);
            if (listing != null) content = listing.files();
        }
        return new Checked(md.hex(), content, stats);
    }

    /**
     * A digest of the jar (or class folder) press runs from, so a cache from other press code is
     * never trusted. A content hash ({@link ContentHash}, native): the jar is some 20 MB, which
     * SHA-256 under the launcher's C1-only JIT took half a second to read on every build.
     */
    static synchronized String press() {
        if (press != null) return press;
        ContentHash.Stream hash = ContentHash.start();
        try {
            Path code = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> s = Files.walk(code)) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    hash.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8)).update((byte) 0);
                    try (java.io.InputStream in = Files.newInputStream(f)) { // in pieces: the jar is some 20 MB
                        byte[] piece = new byte[1 << 16];
                        for (int n; (n = in.read(piece)) > 0; ) hash.update(piece, 0, n);
                    }
                }
            }
            press = hash.hex();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            press = "unknown " + java.util.UUID.randomUUID(); // never equal: no cache is trusted
        }
        return press;
    }

    /** One file's or folder's line: its path in the site ({@code content/posts/a.md}), kind, size, modification time and identity. */
    private static String line(String path, BasicFileAttributes a) {
        return path + "|" + a.isDirectory() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis() + "|" + a.fileKey();
    }

    private static void add(ContentHash.Stream md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8)).update((byte) 0);
    }
}
