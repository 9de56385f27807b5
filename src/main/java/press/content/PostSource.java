package press.content;

import press.config.SiteConfig;
import press.model.Post;
import press.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a build's posts come from: parsed fresh from every file, or taken from a {@link Cache}
 * when the file's size and modification time and the site config are what they were when it was
 * parsed. The build picks one at its start; the steps after it cannot tell them apart.
 */
public interface PostSource {
    /** The post in {@code file} (relative to {@code source}), or empty with problems added. Safe from many threads. */
    Optional<Post> read(Path source, Path file, Problems problems) throws IOException;

    /** Every file read and parsed. */
    static PostSource fresh(SiteConfig config) {
        PostParser parser = new PostParser(config);
        return parser::read;
    }

    /** Parsed posts kept between builds of one site by a long-running process; one build at a time. */
    final class Cache {
        private record FileKey(long size, long modified) {}

        private record Parsed(FileKey key, Post post) {}

        private final Map<Path, Parsed> posts = new ConcurrentHashMap<>();
        private SiteConfig parsedWith;
        private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

        /** Posts the last build took from this cache instead of parsing them. */
        public int hits() {
            return hits.get();
        }

        /** A source that reuses what this cache holds for {@code config} and keeps what it parses. */
        public PostSource source(SiteConfig config) {
            if (!config.equals(parsedWith)) {
                posts.clear();
                parsedWith = config;
            }
            PostParser parser = new PostParser(config);
            hits.set(0);
            return (source, file, problems) -> {
                BasicFileAttributes attrs = Files.readAttributes(source.resolve(file), BasicFileAttributes.class);
                FileKey key = new FileKey(attrs.size(), attrs.lastModifiedTime().toMillis());
                Parsed hit = posts.get(file);
                if (hit != null && hit.key().equals(key)) {
                    hits.incrementAndGet();
                    return Optional.of(hit.post());
                }
                Optional<Post> post = parser.read(source, file, problems);
                if (post.isPresent()) posts.put(file, new Parsed(key, post.get()));
                else posts.remove(file);
                return post;
            };
        }
    }
}
