package press.render;

import press.store.CacheInput;
import press.store.CacheShards;
import press.store.CacheOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files {@link SearchPostings} is saved in: {@code search.bin} holds the posts' order and the
 * digests of their search inputs; {@code search-NN.bin} the postings of the terms whose hash falls
 * in shard {@code NN} ({@link CacheShards}, as the post cache does), as one run of varints. A save
 * writes again only the shards whose terms changed: after a one-post edit a few of 64, not all 5.5
 * million postings of a 10,000-post site (the longest part of saving the build cache, ~100 ms). A
 * shard file is trusted only beside the {@code search.bin} of the same save: the build cache's
 * stamp is written after both.
 */
final class SearchPostingsFiles {
    static final int SHARDS = CacheShards.COUNT;
    private static final String FORMAT = "press search postings 4";
    private static final String SHARD_FORMAT = "press search postings shard 1";

    private SearchPostingsFiles() {}

    /** The shard a term's postings are saved in. */
    static int shard(String term) {
        return CacheShards.of(term);
    }

    private static Path shardFile(Path file, int shard) {
        String name = file.getFileName().toString();
        return file.resolveSibling(CacheShards.name(name.endsWith(".bin") ? name.substring(0, name.length() - 4) : name, shard));
    }

    /** Writes {@code file} and the shards in {@code dirty}. */
    static void save(Path file, List<String> order, String[] inputs, Map<String, long[]> postings, BitSet dirty) throws IOException {
        try (CacheOutput out = CacheOutput.create(file, FORMAT)) {
            out.strings(order).strings(inputs).number(SHARDS);
        }
        if (dirty.isEmpty()) return;
        List<List<Map.Entry<String, long[]>>> shards = new java.util.ArrayList<>(SHARDS);
        for (int i = 0; i < SHARDS; i++) shards.add(new java.util.ArrayList<>());
        for (Map.Entry<String, long[]> e : postings.entrySet()) {
            int shard = shard(e.getKey());
            if (dirty.get(shard)) shards.get(shard).add(e);
        }
        for (int i = dirty.nextSetBit(0); i >= 0; i = dirty.nextSetBit(i + 1)) writeShard(shardFile(file, i), shards.get(i));
    }

    /** Writes shard {@code shard} beside {@code file}, holding {@code terms}: as {@link #save} does, for postings saved as they are made. */
    static void writeShard(Path file, int shard, List<Map.Entry<String, long[]>> terms) {
        try {
            writeShard(shardFile(file, shard), terms);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeShard(Path file, List<Map.Entry<String, long[]>> terms) throws IOException {
        try (CacheOutput out = CacheOutput.create(file, SHARD_FORMAT)) {
            out.number(terms.size());
            // the postings as one run of varints (document, score per posting), into an array of their exact size, counted
            // first (grown by doubling, then cut to size, it took three times the bytes)
            long size = 0;
            for (Map.Entry<String, long[]> e : terms) {
                out.string(e.getKey()).number(e.getValue().length);
                for (long v : e.getValue()) size += Packed.length(SearchPostings.doc(v)) + Packed.length((int) (v >>> 32));
            }
            if (size > Integer.MAX_VALUE - 16) throw new IOException("search postings too large to save: " + size + " bytes");
            Packed packed = new Packed(new byte[(int) size], 0);
            for (Map.Entry<String, long[]> e : terms) {
                for (long v : e.getValue()) packed.put(SearchPostings.doc(v)).put((int) (v >>> 32));
            }
            out.bytes(packed.bytes);
        }
    }

    /** What {@link #load} read. */
    record Read(List<String> order, String[] inputs, Map<String, long[]> postings) {}

    /**
     * The postings saved beside {@code file}, or null when there is no such file.
     *
     * @throws IOException when a file cannot be read or is not such a file (a shard missing, or holding a term of another)
     */
    static Read load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return null;
        try {
            List<String> order;
            String[] inputs;
            try (CacheInput in = CacheInput.open(file, FORMAT)) {
                order = List.copyOf(in.strings());
                inputs = in.stringArray();
                if (in.count(1 << 16) != SHARDS) throw new IOException("not a press search postings file: saved in other shards");
                in.end();
            }
            if (inputs.length != order.size()) throw new IOException("not a press search postings file: " + inputs.length + " inputs for " + order.size() + " posts");
            Map<String, long[]> postings = new HashMap<>();
            for (int i = 0; i < SHARDS; i++) readShard(shardFile(file, i), i, order.size(), postings);
            return new Read(order, inputs, postings);
        } catch (NullPointerException e) {
            throw new IOException("not a press search postings file: a value is missing", e);
        }
    }

    private static void readShard(Path file, int shard, int docs, Map<String, long[]> into) throws IOException {
        try (CacheInput in = CacheInput.open(file, SHARD_FORMAT)) {
            int terms = in.count(1 << 26);
            String[] names = new String[terms];
            long[][] lists = new long[terms][];
            for (int t = 0; t < terms; t++) {
                names[t] = in.string();
                if (names[t] == null || shard(names[t]) != shard) throw new IOException("not a press search postings file: a term of another shard in " + file.getFileName());
                lists[t] = new long[in.count(docs)];
            }
            Packed packed = new Packed(in.bytes(), 0);
            for (int t = 0; t < terms; t++) {
                long[] values = lists[t];
                for (int i = 0; i < values.length; i++) {
                    int doc = packed.get();
                    int score = packed.get();
                    if (doc < 0 || doc >= docs || score < 0) throw new IOException("not a press search postings file: document " + doc + ", score " + score);
                    values[i] = SearchPostings.posting(score, doc);
                }
                into.put(names[t], values);
            }
            if (packed.at != packed.bytes.length) throw new IOException("not a press search postings file: bytes after the postings");
            in.end();
        }
    }

    /** Varints (7 bits a byte, low first) in a byte array. */
    private static final class Packed {
        byte[] bytes;
        int at;

        Packed(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        /** How many bytes {@link #put} writes for {@code n}. */
        static int length(int n) {
            int bytes = 1;
            while ((n & ~0x7F) != 0) {
                n >>>= 7;
                bytes++;
            }
            return bytes;
        }

        Packed put(int n) {
            if (at + 5 > bytes.length && at + length(n) > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(16, 2 * bytes.length));
            while ((n & ~0x7F) != 0) {
                bytes[at++] = (byte) ((n & 0x7F) | 0x80);
                n >>>= 7;
            }
            bytes[at++] = (byte) n;
            return this;
        }

        int get() throws IOException {
            int n = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (at >= bytes.length) throw new IOException("not a press search postings file: cut short");
                byte b = bytes[at++];
                n |= (b & 0x7F) << shift;
                if (b >= 0) return n;
            }
            throw new IOException("not a press search postings file: a number too long");
        }
    }
}
