package press.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import press.render.HeaderRules;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes a built folder to an S3 bucket (or any S3-compatible store): uploads only files whose
 * sha-256 differs from the one kept in the object's metadata ({@code press-sha256}), with their
 * Content-Type and Cache-Control; assets first, pages next, sitemaps, feed and robots.txt last,
 * so a page never links to an asset that is not there yet; deletes objects of removed files
 * after every upload succeeded. A failed upload stops before any deletion, and a rerun skips what
 * was already uploaded (each object's hash is in its metadata; {@link #DEPLOYED} saves asking for it). Credentials are the SDK's business (its standard chain), never press's.
 */
public final class S3Deploy {
    public static final String HASH = "press-sha256";
    /** The record of the last complete deploy: path to sha-256, written after uploads and deletions. */
    public static final String DEPLOYED = ".press-deployed.json";
    private static final Set<String> SKIPPED = Set.of(Releases.MARKER, Manifest.FILE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** @param prefix key prefix such as {@code blog/}, or "" for the bucket root */
    public S3Deploy(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** What a deploy did (or, dry, would do): uploads in order, deletions, and how many files were already there. */
    public record Report(List<String> uploads, List<String> deletes, int unchanged) {}

    public Report run(Path folder, boolean dryRun, Consumer<String> log) {
        SortedMap<String, Path> local = files(folder);
        Map<String, String> hashes = new TreeMap<>();
        local.forEach((path, file) -> hashes.put(path, Manifest.sha256(file)));
        Map<String, String> remote = remoteHashes(hashes);
        List<String> uploads = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            if (e.getValue().equals(remote.get(e.getKey()))) unchanged++;
            else uploads.add(e.getKey());
        }
        uploads.sort(Comparator.comparingInt(S3Deploy::stage).thenComparing(Comparator.naturalOrder()));
        List<String> deletes = new ArrayList<>(new TreeSet<>(remote.keySet()));
        deletes.removeAll(local.keySet());
        for (String path : uploads) {
            log.accept((dryRun ? "would upload " : "upload ") + path);
            if (!dryRun) put(path, local.get(path), hashes.get(path));
        }
        for (String path : deletes) log.accept((dryRun ? "would delete " : "delete ") + path);
        if (!dryRun) {
            delete(deletes);
            writeDeployed(hashes);
        }
        return new Report(List.copyOf(uploads), List.copyOf(deletes), unchanged);
    }

    /** 0 assets, 1 pages, 2 what points at pages (sitemaps, feed, robots.txt, _headers). */
    static int stage(String path) {
        if (path.endsWith(".html")) return 1;
        if (path.startsWith("sitemap") || path.equals("feed.xml") || path.equals("robots.txt") || path.equals("_headers")) return 2;
        return 0;
    }

    /**
     * Path to sha-256 of every object under the prefix. The record of the last complete deploy
     * ({@link #DEPLOYED}) answers for objects whose hash it lists and the local file still has;
     * any other object that a local file would replace is asked for its metadata, so a deploy
     * that was cut short resumes without uploading again what it already did.
     */
    private Map<String, String> remoteHashes(Map<String, String> local) {
        Map<String, String> deployed = readDeployed();
        Map<String, String> out = new TreeMap<>();
        List<S3Object> objects = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().forEach(objects::add);
        for (S3Object o : objects) {
            String path = o.key().substring(prefix.length());
            if (path.equals(DEPLOYED) || path.isEmpty() || path.endsWith("/")) continue; // folder placeholders are no files of ours
            String mine = local.get(path);
            if (mine == null || mine.equals(deployed.get(path))) {
                out.put(path, mine == null ? "" : mine);
                continue;
            }
            try {
                out.put(path, s3.headObject(b -> b.bucket(bucket).key(o.key())).metadata().getOrDefault(HASH, ""));
            } catch (NoSuchKeyException gone) {
                // deleted since the listing
            }
        }
        return out;
    }

    private Map<String, String> readDeployed() {
        try {
            byte[] json = s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + DEPLOYED)).asByteArray();
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {});
        } catch (NoSuchKeyException none) {
            return Map.of();
        } catch (IOException e) {
            return Map.of(); // unreadable: every object is asked for its metadata
        }
    }

    private void writeDeployed(Map<String, String> hashes) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(prefix + DEPLOYED).contentType("application/json").cacheControl("no-store"),
                    RequestBody.fromBytes(JSON.writeValueAsBytes(new TreeMap<>(hashes))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String path, Path file, String hash) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + path).contentType(ContentTypes.of(path))
                        .cacheControl(path.startsWith("assets/") ? HeaderRules.LONG_CACHE : HeaderRules.REVALIDATE)
                        .metadata(Map.of(HASH, hash)),
                RequestBody.fromFile(file));
    }

    /** One request per object: DeleteObjects needs a body checksum that S3-compatible servers such as S3Proxy refuse (501). */
    private void delete(List<String> paths) {
        for (String p : paths) s3.deleteObject(b -> b.bucket(bucket).key(prefix + p));
    }

    private static SortedMap<String, Path> files(Path folder) {
        SortedMap<String, Path> out = new TreeMap<>();
        try {
            Path root = folder.toRealPath(); // a release symlink is followed
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    if (!SKIPPED.contains(rel)) out.put(rel, p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
