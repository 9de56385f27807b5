package press.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a cache file that {@link CacheInput} reads back: numbers as they are, each distinct
 * string once (later uses name it by number), lists with their length first. A cache holds
 * many posts' tags, fields and stems, so most strings repeat; Java serialization, which this
 * replaces, spent most of an edit build's save and load time on its object handles. Bytes go
 * through a buffer of its own, without the lock {@code BufferedOutputStream} takes per byte.
 */
public final class CacheOutput implements Closeable {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private final Map<String, Integer> seen = new HashMap<>();

    public CacheOutput(OutputStream out) {
        this.out = out;
    }

    private void put(int b) throws IOException {
        if (pos == buf.length) flush();
        buf[pos++] = (byte) b;
    }

    private void put(byte[] b) throws IOException {
        if (b.length > buf.length - pos) {
            flush();
            if (b.length > buf.length) {
                out.write(b);
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** Big-endian, as {@link CacheInput} reads it. */
    private void eight(long v) throws IOException {
        for (int shift = 56; shift >= 0; shift -= 8) put((int) (v >>> shift));
    }

    private void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** A file of this format, named by {@code format} (checked by {@link CacheInput#open}). */
    public static CacheOutput create(Path file, String format) throws IOException {
        CacheOutput o = new CacheOutput(Files.newOutputStream(file));
        o.string(format);
        return o;
    }

    public CacheOutput number(int n) throws IOException {
        // a variable-length int: small numbers (lengths, string numbers) take one byte
        int v = n;
        while ((v & ~0x7F) != 0) {
            put((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        put(v);
        return this;
    }

    public CacheOutput longNumber(long n) throws IOException {
        eight(n);
        return this;
    }

    public CacheOutput decimal(double d) throws IOException {
        eight(Double.doubleToLongBits(d));
        return this;
    }

    public CacheOutput flag(boolean b) throws IOException {
        put(b ? 1 : 0);
        return this;
    }

    /** A string or null: 0 for null, 1 then its UTF-8 bytes the first time, its number + 2 after. */
    public CacheOutput string(String s) throws IOException {
        if (s == null) return number(0);
        Integer known = seen.get(s);
        if (known != null) return number(known + 2);
        seen.put(s, seen.size());
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        number(1).number(b.length);
        put(b);
        return this;
    }

    public CacheOutput strings(List<String> list) throws IOException {
        number(list.size());
        for (String s : list) string(s);
        return this;
    }

    public CacheOutput strings(String[] array) throws IOException {
        number(array.length);
        for (String s : array) string(s);
        return this;
    }

    public CacheOutput numbers(int[] array) throws IOException {
        number(array.length);
        for (int n : array) number(n);
        return this;
    }

    public CacheOutput bytes(byte[] b) throws IOException {
        number(b.length);
        put(b);
        return this;
    }

    /** A map of strings to string lists, in the map's own order. */
    public CacheOutput stringLists(Map<String, List<String>> map) throws IOException {
        number(map.size());
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            string(e.getKey());
            strings(e.getValue());
        }
        return this;
    }

    /** Ends the file with a mark {@link CacheInput#end} checks, so a cut-short file is never taken. */
    @Override
    public void close() throws IOException {
        try (out) {
            for (int shift = 24; shift >= 0; shift -= 8) put(0x454E4421 >>> shift); // "END!"
            flush();
        }
    }
}
