package press.content;

import press.config.SiteConfig;
import press.model.Post;
import press.problem.Problems;
import press.store.CacheInput;
import press.store.CacheOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
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
        return fresh(config, indexer, Cascade.NONE);
    }

    /** Every file read and parsed, with the fields the sections' {@code cascade:} gives it. */
    static PostSource fresh(SiteConfig config, PostParser.Indexer indexer, Cascade cascade) {
        return fresh(config, indexer, cascade, false);
    }

    /** As above; {@code hugo}: the folder is a Hugo site's ({@link ContentFiles#hugo}), whose fenced code holds no Liquid. */
    static PostSource fresh(SiteConfig config, PostParser.Indexer indexer, Cascade cascade, boolean hugo) {
        return new PostParser(config, indexer, cascade, hugo)::read;
    }

    /** As above, telling {@code hashed} each file's content hash as it is read ({@link PostParser#read(Path, Path, Problems, java.util.function.BiConsumer)}). */
    static PostSource fresh(SiteConfig config, PostParser.Indexer indexer, Cascade cascade, boolean hugo,
                            java.util.function.BiConsumer<Path, String> hashed) {
        PostParser parser = new PostParser(config, indexer, cascade, hugo);
        return (source, file, problems) -> parser.read(source, file, problems, hashed);
    }

    /**
     * Parsed posts kept between builds of one site: by a long-running process, or saved to a file
     * between runs ({@link #save}, {@link #load}). One build at a time.
     */
    final class Cache {
        private static final String FORMAT = "press post cache 9";
        /** The saved cache is this many files, a post's by its path's hash: a build saves only the files whose posts changed. */
        static final int SHARDS = press.store.CacheShards.COUNT;

        /** {@code cascade}: the folder's shape and the sections' {@code cascade:} entries that apply to the file, so a change to either parses it again. */
        private record FileKey(long size, long modified, String identity, String cascade) {}

        private record Parsed(FileKey key, Post post) {}

        private final Map<Path, Parsed> posts = new ConcurrentHashMap<>();
        private final AtomicInteger hits = new AtomicInteger();
        private SiteConfig parsedWith;
        private String loadedFor; // the config text a loaded cache was saved with
        /** The shards whose posts changed since the cache was loaded (all of them for a cache not loaded from files). */
        private final java.util.BitSet dirty = new java.util.BitSet(SHARDS);

        public Cache() {
            dirty.set(0, SHARDS);
        }

        private static int shard(Path file) {
            return press.store.CacheShards.of(file.toString());
        }

        private void changed(Path file) {
            synchronized (dirty) {
                dirty.set(shard(file));
            }
        }

        /** Posts the last build took from this cache instead of parsing them. */
        public int hits() {
            return hits.get();
        }

        /** A source that reuses what this cache holds for {@code config} and keeps what it parses. */
        public PostSource source(SiteConfig config, PostParser.Indexer indexer) {
            return source(config, indexer, Cascade.NONE);
        }

        /** As above, with the fields the sections' {@code cascade:} gives each post; a post whose cascade changed is parsed again. */
        public PostSource source(SiteConfig config, PostParser.Indexer indexer, Cascade cascade) {
            return source(config, indexer, cascade, false);
        }

        /** As above; {@code hugo} as in {@link PostSource#fresh(SiteConfig, PostParser.Indexer, Cascade, boolean)}: a post parsed in the other shape is parsed again. */
        public PostSource source(SiteConfig config, PostParser.Indexer indexer, Cascade cascade, boolean hugo) {
            return source(config, indexer, cascade, hugo, Map.of());
        }

        /**
         * As above, taking each post file's attributes from {@code walked} (regular files by their
         * path in the site, {@code content/posts/a.md}: what the build's inputs check read) instead
         * of reading them again; a file not in it is read as before.
         */
        public PostSource source(SiteConfig config, PostParser.Indexer indexer, Cascade cascade, boolean hugo,
                                 Map<String, BasicFileAttributes> walked) {
            boolean same = config.equals(parsedWith) || (parsedWith == null && config.toString().equals(loadedFor));
            if (!same) {
                posts.clear();
                dirty.set(0, SHARDS);
            }
            parsedWith = config;
            loadedFor = null;
            PostParser parser = new PostParser(config, indexer, cascade, hugo);
            hits.set(0);
            return (source, file, problems) -> {
                BasicFileAttributes read = walked.get(file.toString().replace('\\', '/'));
                BasicFileAttributes attrs = read != null ? read : Files.readAttributes(source.resolve(file), BasicFileAttributes.class);
                FileKey key = new FileKey(attrs.size(), attrs.lastModifiedTime().toMillis(), String.valueOf(attrs.fileKey()),
                        (hugo ? "hugo " : "") + cascade.fingerprint(file));
                Parsed hit = posts.get(file);
                if (hit != null && hit.key().equals(key)) {
                    hits.incrementAndGet();
                    return Optional.of(parser.rebody(hit.post(), source, file));
                }
                Optional<Post> post = parser.read(source, file, problems);
                if (post.isPresent()) posts.put(file, new Parsed(key, post.get()));
                else posts.remove(file);
                changed(file);
                return post;
            };
        }

        /** Forgets the files that no longer exist, so a saved cache does not grow with deleted posts. */
        public void keepOnly(java.util.Collection<Path> files) {
            java.util.Set<Path> keep = new java.util.HashSet<>(files);
            posts.keySet().stream().filter(p -> !keep.contains(p)).forEach(this::changed);
            posts.keySet().retainAll(keep);
        }

        /**
         * Saves the posts with the config they were parsed with into {@code dir}, one file per
         * shard ({@code posts-NN.bin}, {@link PostCodec}); only the shards whose posts changed
         * since the cache was loaded from there are written again.
         */
        public void save(Path dir) throws IOException {
            if (parsedWith == null) return;
            Map<Integer, Map<String, Parsed>> shards = new HashMap<>();
            posts.forEach((p, parsed) -> shards.computeIfAbsent(shard(p), k -> new HashMap<>()).put(p.toString(), parsed));
            for (int i = dirty.nextSetBit(0); i >= 0; i = dirty.nextSetBit(i + 1)) {
                Path file = press.store.CacheShards.file(dir, "posts", i);
                Map<String, Parsed> byName = shards.get(i);
                if (byName == null) {
                    Files.deleteIfExists(file);
                    continue;
                }
                try (CacheOutput out = CacheOutput.create(file, FORMAT)) {
                    out.string(parsedWith.toString()).number(byName.size());
                    List<Post> written = new java.util.ArrayList<>(byName.size());
                    for (Map.Entry<String, Parsed> e : new java.util.TreeMap<>(byName).entrySet()) {
                        FileKey k = e.getValue().key();
                        out.string(e.getKey()).longNumber(k.size()).longNumber(k.modified()).string(k.identity()).string(k.cascade());
                        PostCodec.write(out, e.getValue().post());
                        written.add(e.getValue().post());
                    }
                    PostCodec.writeSearch(out, written);
                }
            }
            dirty.clear();
        }

        /**
         * The posts saved in {@code dir} (its {@code posts-NN.bin} files, read in parallel); they are
         * used only by a build with the same config.
         *
         * @throws IOException when a file is not such a cache or cannot be read whole
         */
        public static Cache load(Path dir) throws IOException {
            Cache c = new Cache();
            c.dirty.clear();
            java.util.List<Path> files = new java.util.ArrayList<>();
            for (int i = 0; i < SHARDS; i++) {
                Path file = press.store.CacheShards.file(dir, "posts", i);
                if (Files.isRegularFile(file)) files.add(file);
            }
            java.util.Set<String> configs = ConcurrentHashMap.newKeySet();
            try {
                files.parallelStream().forEach(file -> {
                    try {
                        configs.add(loadShard(file, c.posts));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            if (configs.size() > 1) throw new IOException("its files were saved with different configs");
            c.loadedFor = configs.isEmpty() ? null : configs.iterator().next();
            return c;
        }

        /** Reads one shard into {@code into}; returns the config text it was saved with. */
        private static String loadShard(Path file, Map<Path, Parsed> into) throws IOException {
            try (CacheInput in = CacheInput.open(file, FORMAT)) {
                String config = in.string();
                Map<Path, Parsed> read = new HashMap<>();
                int count = in.count(1 << 24);
                PostCodec.SearchSection search = new PostCodec.SearchSection(count);
                for (int i = 0; i < count; i++) {
                    String name = in.string();
                    FileKey key = new FileKey(in.longNumber(), in.longNumber(), in.string(), in.string());
                    read.put(Path.of(name), new Parsed(key, PostCodec.read(in, search.of(i))));
                }
                search.read(in);
                in.end();
                if (config == null) throw new IOException("no config");
                into.putAll(read); // only a shard read whole is taken
                return config;
            } catch (NullPointerException | IllegalArgumentException e) {
                throw new IOException("not a press post cache: " + e.getMessage(), e);
            }
        }
    }
}
