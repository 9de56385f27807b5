package press.store;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
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
 * replaces, spent most of an edit build's save and load time on its object handles.
 */
public final class CacheOutput implements Closeable {
    private final DataOutputStream out;
    private final Map<String, Integer> seen = new HashMap<>();

    public CacheOutput(OutputStream out) {
        this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
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
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
        return this;
    }

    public CacheOutput longNumber(long n) throws IOException {
        out.writeLong(n);
        return this;
    }

    public CacheOutput decimal(double d) throws IOException {
        out.writeDouble(d);
        return this;
    }

    public CacheOutput flag(boolean b) throws IOException {
        out.writeBoolean(b);
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
        out.write(b);
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
        out.write(b);
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
            out.writeInt(0x454E4421); // "END!"
        }
    }
}
