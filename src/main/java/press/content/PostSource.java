package press.content;

import press.config.SiteConfig;
import press.model.Post;
import press.problem.Problems;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a build's posts come from: parsed fresh from every file, or taken from a {@link Cache}
 * when the file's size, modification time and identity and the site config are what they were
 * when it was parsed. The build picks one at its start; the steps after it cannot tell them apart.
 */
public interface PostSource {
    /** The post in {@code file} (relative to {@code source}), or empty with problems added. Safe from many threads. */
    Optional<Post> read(Path source, Path file, Problems problems) throws IOException;

    /** Every file read and parsed. */
    static PostSource fresh(SiteConfig config, PostParser.Indexer indexer) {
        return new PostParser(config, indexer)::read;
    }

    /**
     * Parsed posts kept between builds of one site: by a long-running process, or saved to a file
     * between runs ({@link #save}, {@link #load}). One build at a time.
     */
    final class Cache {
        private static final String FORMAT = "press post cache 3";

        private record FileKey(long size, long modified, String identity) implements Serializable {}

        private record Parsed(FileKey key, Post post) implements Serializable {}

        private final Map<Path, Parsed> posts = new ConcurrentHashMap<>();
        private final AtomicInteger hits = new AtomicInteger();
        private SiteConfig parsedWith;
        private String loadedFor; // the config text a loaded cache was saved with

        /** Posts the last build took from this cache instead of parsing them. */
        public int hits() {
            return hits.get();
        }

        /** A source that reuses what this cache holds for {@code config} and keeps what it parses. */
        public PostSource source(SiteConfig config, PostParser.Indexer indexer) {
            boolean same = config.equals(parsedWith) || (parsedWith == null && config.toString().equals(loadedFor));
            if (!same) posts.clear();
            parsedWith = config;
            loadedFor = null;
            PostParser parser = new PostParser(config, indexer);
            hits.set(0);
            return (source, file, problems) -> {
                BasicFileAttributes attrs = Files.readAttributes(source.resolve(file), BasicFileAttributes.class);
                FileKey key = new FileKey(attrs.size(), attrs.lastModifiedTime().toMillis(), String.valueOf(attrs.fileKey()));
                Parsed hit = posts.get(file);
                if (hit != null && hit.key().equals(key)) {
                    hits.incrementAndGet();
                    return Optional.of(parser.rebody(hit.post(), source, file));
                }
                Optional<Post> post = parser.read(source, file, problems);
                if (post.isPresent()) posts.put(file, new Parsed(key, post.get()));
                else posts.remove(file);
                return post;
            };
        }

        /** Forgets the files that no longer exist, so a saved cache does not grow with deleted posts. */
        public void keepOnly(java.util.Collection<Path> files) {
            posts.keySet().retainAll(new java.util.HashSet<>(files));
        }

        /** Saves the posts with the config they were parsed with (Java serialization: measured ~1 s for 10,000 posts). */
        public void save(Path file) throws IOException {
            if (parsedWith == null) return;
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeObject(parsedWith.toString());
                Map<String, Parsed> byName = new HashMap<>();
                posts.forEach((p, parsed) -> byName.put(p.toString(), parsed));
                out.writeObject(byName);
            }
        }

        /**
         * The posts saved in {@code file}; they are used only by a build with the same config.
         *
         * @throws IOException when the file is not such a cache or cannot be read whole
         */
        @SuppressWarnings("unchecked")
        public static Cache load(Path file) throws IOException {
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                in.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("press.**;java.**;!*")); // nothing else is made from the file
                if (!FORMAT.equals(in.readUTF())) throw new IOException("not a press post cache of this version");
                Cache c = new Cache();
                c.loadedFor = (String) in.readObject();
                Map<String, Parsed> byName = (Map<String, Parsed>) in.readObject();
                byName.forEach((name, parsed) -> c.posts.put(Path.of(name), parsed));
                return c;
            } catch (ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
                throw new IOException("not a press post cache: " + e.getMessage(), e);
            }
        }
    }
}
