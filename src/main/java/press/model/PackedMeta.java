package press.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A post's front matter for its meta box ({@link MetaValue}), packed into one byte array while the
 * site is built and unpacked when its page is rendered. The tree of a generated post is about 45
 * entries: as objects that was ~2 KB of heap per post, 200 MB at 100,000 posts, held the whole
 * build for one render; packed it is about the size of its YAML.
 *
 * <p>The form: a value is a tag byte ({@code T} text, {@code L} list, {@code M} map), then for
 * text a varint byte length and UTF-8 bytes, for a list a varint count and the items, for a map a
 * varint count and per entry its key (as text, without tag) and value.
 */
public final class PackedMeta {
    public static final PackedMeta EMPTY = new Writer().map(0).done();

    /** The packed bytes, when held; else null, and {@link #stored} reads them. */
    private final byte[] bytes;
    private final Supplier<byte[]> stored;
    private final int size;
    /** One bit per top-level key (by its hash): a key whose bit is clear is not there, and nothing is read to say so. */
    private final long keys;

    private PackedMeta(byte[] bytes, Supplier<byte[]> stored, int size, long keys) {
        this.bytes = bytes;
        this.stored = stored;
        this.size = size;
        this.keys = keys;
    }

    private PackedMeta(byte[] bytes) {
        this(bytes, null, bytes.length, -1L);
    }

    /** The packed form of {@code tree}. */
    public static PackedMeta of(MetaValue.MapValue tree) {
        Writer w = new Writer();
        w.value(tree);
        return w.done();
    }

    /**
     * The meta packed as {@code packed}'s, its bytes handed to {@code keeper} (a scratch file, say)
     * and read back through what it returns whenever they are needed: a post's front matter is read
     * for its own page only, so a build need not hold every post's on its heap (at 100,000 posts
     * the live heap after a full collection was 1,075 MB with it, 735-760 MB without; held, it was
     * promoted and copied by the collections of the parse).
     */
    public static PackedMeta kept(PackedMeta packed, java.util.function.Function<byte[], Supplier<byte[]>> keeper) {
        byte[] b = packed.data();
        long keys = 0;
        if (b.length > 0 && b[0] == 'M') {
            Reader r = new Reader(b);
            r.at = 1;
            int n = r.varint();
            for (int i = 0; i < n; i++) {
                int length = r.varint();
                keys |= keyBit(b, r.at, length);
                r.at += length;
                r.skip();
            }
        } else {
            keys = -1L;
        }
        return new PackedMeta(null, keeper.apply(b), b.length, keys);
    }

    /** The key's bit, from its UTF-8 bytes (no String made for each key of each post). */
    private static long keyBit(byte[] b, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) h = 31 * h + b[i];
        return 1L << (h & 63);
    }

    /** The bytes, held or read back. */
    private byte[] data() {
        if (bytes != null) return bytes;
        byte[] b = stored.get();
        if (b.length != size) throw new IllegalStateException("packed meta: read " + b.length + " bytes back, expected " + size);
        return b;
    }

    /** The tree, unpacked anew on each call. */
    public MetaValue.MapValue tree() {
        return (MetaValue.MapValue) new Reader(data()).read();
    }

    /** The packed bytes (a copy), for a cache file; {@link #ofBytes} makes the same meta from them. */
    public byte[] bytes() {
        return bytes != null ? bytes.clone() : data();
    }

    /**
     * The meta packed as {@code bytes} (from {@link #bytes()}), which it keeps, not copies: the
     * caller hands over an array made for it (a cache reader's; a copy was 16 MB more garbage in
     * every build from the cache at 10,000 posts).
     */
    public static PackedMeta ofBytes(byte[] bytes) {
        return new PackedMeta(bytes);
    }

    /** The packed size in bytes. */
    public int size() {
        return size;
    }

    /** The content hash of the packed bytes ({@link press.digest.ContentHash}), without copying them. */
    public String contentHash() {
        return press.digest.ContentHash.hex(data());
    }

    /**
     * The first non-blank text value of the top-level key {@code key}, stripped, or null: what a walk
     * over {@link #tree()}'s entries finds, read from the packed bytes without unpacking the rest.
     */
    public String text(String key) {
        byte[] want = key.getBytes(StandardCharsets.UTF_8);
        if ((keys & keyBit(want, 0, want.length)) == 0) return null;
        Reader r = new Reader(data());
        if (r.bytes[r.at++] != 'M') return null;
        int n = r.varint();
        for (int i = 0; i < n; i++) {
            int length = r.varint();
            boolean match = Arrays.equals(r.bytes, r.at, r.at + length, want, 0, want.length);
            r.at += length;
            if (match && r.bytes[r.at] == 'T') {
                r.at++;
                String text = r.text();
                if (!text.isBlank()) return text.strip();
            } else {
                r.skip();
            }
        }
        return null;
    }

    /** Reads packed bytes from a position. */
    private static final class Reader {
        final byte[] bytes;
        int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Moves past the value here. */
        void skip() {
            byte tag = bytes[at++];
            int n = varint();
            switch (tag) {
                case 'T' -> at += n;
                case 'L' -> {
                    for (int i = 0; i < n; i++) skip();
                }
                case 'M' -> {
                    for (int i = 0; i < n; i++) {
                        int key = varint(); // read before the add: at += varint() would add to the position before the length
                        at += key;
                        skip();
                    }
                }
                default -> throw new IllegalStateException("packed meta: tag " + tag + " at " + (at - 1));
            }
        }

        MetaValue read() {
            byte tag = bytes[at++];
            switch (tag) {
                case 'T':
                    return new MetaValue.Text(text());
                case 'L': {
                    int n = varint();
                    List<MetaValue> items = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) items.add(read());
                    return new MetaValue.ListValue(List.copyOf(items));
                }
                case 'M': {
                    int n = varint();
                    List<MetaValue.Entry> entries = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        String key = text();
                        entries.add(new MetaValue.Entry(key, read()));
                    }
                    return new MetaValue.MapValue(List.copyOf(entries));
                }
                default:
                    throw new IllegalStateException("packed meta: tag " + tag + " at " + (at - 1));
            }
        }

        String text() {
            int n = varint();
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackedMeta p && p.size == size && Arrays.equals(p.data(), data());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data());
    }

    /** Names the content (a view digest counts unknown objects by this). */
    @Override
    public String toString() {
        return "PackedMeta[" + contentHash() + "]";
    }

    /** Writes a tree value by value: {@code map(n)} then n times {@code key(k)} and a value; {@code list(n)} then n values. */
    public static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

        public Writer text(String s) {
            out.write('T');
            string(s);
            return this;
        }

        public Writer list(int items) {
            out.write('L');
            varint(items);
            return this;
        }

        public Writer map(int entries) {
            out.write('M');
            varint(entries);
            return this;
        }

        public Writer key(String key) {
            string(key);
            return this;
        }

        public PackedMeta done() {
            return new PackedMeta(out.toByteArray());
        }

        void value(MetaValue v) {
            if (v instanceof MetaValue.Text t) {
                text(t.text());
            } else if (v instanceof MetaValue.ListValue l) {
                list(l.items().size());
                l.items().forEach(this::value);
            } else if (v instanceof MetaValue.MapValue m) {
                map(m.entries().size());
                for (MetaValue.Entry e : m.entries()) {
                    key(e.key());
                    value(e.value());
                }
            }
        }

        private void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            out.write(b, 0, b.length);
        }

        private void varint(int v) {
            while ((v & ~0x7F) != 0) {
                out.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }
    }
}
