package press.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How a cache part too large to write again on every build is split into files: by a hash of
 * each entry's key into {@link #COUNT} shards ({@code posts-00.bin} ... {@code posts-63.bin}), so
 * a save writes again only the shards whose entries changed. {@link String#hashCode} is specified,
 * so a key falls in the same shard in every run.
 */
public final class CacheShards {
    public static final int COUNT = 64;

    private CacheShards() {}

    /** The shard of the entry named {@code key}. */
    public static int of(String key) {
        return Math.floorMod(key.hashCode(), COUNT);
    }

    /** Shard {@code shard}'s file name: {@code stem-NN.bin}. */
    public static String name(String stem, int shard) {
        return String.format(Locale.ROOT, "%s-%02d.bin", stem, shard);
    }

    /** Shard {@code shard}'s file in {@code dir}. */
    public static Path file(Path dir, String stem, int shard) {
        return dir.resolve(name(stem, shard));
    }
}
