package press.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    private final byte[] bytes;

    private PackedMeta(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The packed form of {@code tree}. */
    public static PackedMeta of(MetaValue.MapValue tree) {
        Writer w = new Writer();
        w.value(tree);
        return w.done();
    }

    /** The tree, unpacked anew on each call. */
    public MetaValue.MapValue tree() {
        int[] at = {0};
        return (MetaValue.MapValue) read(at);
    }

    /** The packed bytes (a copy), for a cache file; {@link #ofBytes} makes the same meta from them. */
    public byte[] bytes() {
        return bytes.clone();
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
        return bytes.length;
    }

    /** The content hash of the packed bytes ({@link press.digest.ContentHash}), without copying them. */
    public String contentHash() {
        return press.digest.ContentHash.hex(bytes);
    }

    /**
     * The first non-blank text value of the top-level key {@code key}, stripped, or null: what a walk
     * over {@link #tree()}'s entries finds, read from the packed bytes without unpacking the rest.
     */
    public String text(String key) {
        byte[] want = key.getBytes(StandardCharsets.UTF_8);
        int[] at = {0};
        if (bytes[at[0]++] != 'M') return null;
        int n = varint(at);
        for (int i = 0; i < n; i++) {
            int length = varint(at);
            boolean match = Arrays.equals(bytes, at[0], at[0] + length, want, 0, want.length);
            at[0] += length;
            if (match && bytes[at[0]] == 'T') {
                at[0]++;
                String text = text(at);
                if (!text.isBlank()) return text.strip();
            } else {
                skip(at);
            }
        }
        return null;
    }

    /** Moves {@code at} past the value there. */
    private void skip(int[] at) {
        byte tag = bytes[at[0]++];
        int n = varint(at);
        switch (tag) {
            case 'T' -> at[0] += n;
            case 'L' -> {
                for (int i = 0; i < n; i++) skip(at);
            }
            case 'M' -> {
                for (int i = 0; i < n; i++) {
                    int key = varint(at); // read before the add: at[0] += varint(at) would add to the position before the length
                    at[0] += key;
                    skip(at);
                }
            }
            default -> throw new IllegalStateException("packed meta: tag " + tag + " at " + (at[0] - 1));
        }
    }

    private MetaValue read(int[] at) {
        byte tag = bytes[at[0]++];
        switch (tag) {
            case 'T':
                return new MetaValue.Text(text(at));
            case 'L': {
                int n = varint(at);
                List<MetaValue> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(read(at));
                return new MetaValue.ListValue(List.copyOf(items));
            }
            case 'M': {
                int n = varint(at);
                List<MetaValue.Entry> entries = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String key = text(at);
                    entries.add(new MetaValue.Entry(key, read(at)));
                }
                return new MetaValue.MapValue(List.copyOf(entries));
            }
            default:
                throw new IllegalStateException("packed meta: tag " + tag + " at " + (at[0] - 1));
        }
    }

    private String text(int[] at) {
        int n = varint(at);
        String s = new String(bytes, at[0], n, StandardCharsets.UTF_8);
        at[0] += n;
        return s;
    }

    private int varint(int[] at) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at[0]++];
            v |= (b & 0x7F) << shift;
            if (b >= 0) return v;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackedMeta p && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Names the content (a view digest counts unknown objects by this). */
    @Override
    public String toString() {
        return "PackedMeta[" + press.digest.ContentHash.hex(bytes) + "]";
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
