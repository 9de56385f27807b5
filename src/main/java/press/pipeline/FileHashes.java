package press.pipeline;

import press.digest.ContentHash;
import press.store.CacheInput;
import press.store.CacheOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content hash of each input file ({@link ContentHash}), remembered between builds by the
 * file's size, modification time and identity, as the post cache remembers parsed posts: a file
 * whose {@code stat} is unchanged is not read again. A one-post rebuild of 10,000 posts otherwise
 * read all 67 MB of them (10,000 opens) for {@code build.json}'s content hash. Safe from many threads.
 */
final class FileHashes {
    private static final String FORMAT = "press file hashes 1";

    private record Known(long size, long modified, String identity, String hash) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    /**
     * The content hashes of the files this build parsed, of the very bytes it parsed, by site path
     * ({@link #parsed}): taken as they are for this build, and never saved, as no {@code stat} was
     * taken with them. A build without a cache reports them: it would otherwise read each post a
     * second time for {@code build.json} (10,000 opens, 240 ms of a 10,000-post build).
     */
    private final Map<String, String> parsed = new ConcurrentHashMap<>();

    /** Records that this build parsed {@code file} (relative to the site folder), whose bytes hash to {@code hash}. */
    void parsed(Path file, String hash) {
        parsed.put(file.toString().replace('\\', '/'), hash);
    }

    /** The content hash of {@code file}, named {@code name} here: remembered when its {@code stat} is, else read and remembered. */
    String of(String name, Path file) {
        return of(name, file, null);
    }

    /** As above, with the file's attributes when a walk read them already (else null: they are read here). */
    String of(String name, Path file, BasicFileAttributes read) {
        String hash = parsed.get(name);
        if (hash != null) return hash;
        try {
            BasicFileAttributes a = read != null ? read : Files.readAttributes(file, BasicFileAttributes.class);
            long modified = a.lastModifiedTime().toMillis();
            String identity = String.valueOf(a.fileKey());
            Known k = known.get(name);
            if (k != null && k.size() == a.size() && k.modified() == modified && k.identity().equals(identity)) return k.hash();
            hash = ContentHash.hex(Files.readAllBytes(file));
            known.put(name, new Known(a.size(), modified, identity, hash));
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every file not named in {@code names}, so the saved memo does not grow with deleted files. */
    void keepOnly(Collection<String> names) {
        known.keySet().retainAll(new java.util.HashSet<>(names));
    }

    /** Saves the hashes to {@code file}, in no order (a cache file, read back whole). */
    void save(Path file) throws IOException {
        try (CacheOutput out = CacheOutput.create(file, FORMAT)) {
            out.number(known.size());
            for (Map.Entry<String, Known> e : known.entrySet()) {
                Known k = e.getValue();
                out.string(e.getKey()).longNumber(k.size()).longNumber(k.modified()).string(k.identity()).string(k.hash());
            }
        }
    }

    /**
     * The hashes saved in {@code file}; none when there is no such file.
     *
     * @throws IOException when it cannot be read whole or is not such a file
     */
    static FileHashes load(Path file) throws IOException {
        FileHashes h = new FileHashes();
        if (!Files.isRegularFile(file)) return h;
        try (CacheInput in = CacheInput.open(file, FORMAT)) {
            for (int n = in.count(1 << 26); n > 0; n--) {
                String name = in.string();
                Known k = new Known(in.longNumber(), in.longNumber(), in.string(), in.string());
                if (name == null || k.identity() == null || k.hash() == null) throw new IOException("a value is missing");
                h.known.put(name, k);
            }
            in.end();
        }
        return h;
    }
}
