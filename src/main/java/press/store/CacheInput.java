package press.store;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link CacheOutput} wrote, in the same order. Anything that does not fit (a
 * foreign or cut-short file, a number out of range) is an {@link IOException}: the caller then
 * ignores the cache and starts afresh, never trusting part of it.
 */
public final class CacheInput implements Closeable {
    private final DataInputStream in;
    private final List<String> seen = new ArrayList<>();

    public CacheInput(InputStream in) {
        this.in = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    }

    /** Opens {@code file}, which must start with {@code format}. */
    public static CacheInput open(Path file, String format) throws IOException {
        CacheInput i = new CacheInput(Files.newInputStream(file));
        try {
            String f = i.string();
            if (!format.equals(f)) throw new IOException(file.getFileName() + " is not a " + format + " file");
            return i;
        } catch (IOException | RuntimeException e) {
            i.close();
            throw e instanceof IOException io ? io : new IOException(file.getFileName() + " is not a " + format + " file", e);
        }
    }

    public int number() throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw new IOException("a number longer than five bytes");
    }

    /** A length or count: a number that is not negative and not above {@code max}. */
    public int count(int max) throws IOException {
        int n = number();
        if (n < 0 || n > max) throw new IOException("a count of " + n + ", expected 0 to " + max);
        return n;
    }

    public long longNumber() throws IOException {
        return in.readLong();
    }

    public double decimal() throws IOException {
        return in.readDouble();
    }

    public boolean flag() throws IOException {
        return in.readBoolean();
    }

    public String string() throws IOException {
        int code = number();
        if (code == 0) return null;
        if (code == 1) {
            byte[] b = new byte[count(1 << 28)];
            in.readFully(b);
            String s = new String(b, StandardCharsets.UTF_8);
            seen.add(s);
            return s;
        }
        if (code - 2 >= seen.size() || code < 0) throw new IOException("string " + (code - 2) + " named before it was written");
        return seen.get(code - 2);
    }

    public List<String> strings() throws IOException {
        int n = count(1 << 24);
        String[] a = new String[n];
        for (int i = 0; i < n; i++) a[i] = string();
        return List.of(a);
    }

    public String[] stringArray() throws IOException {
        int n = count(1 << 24);
        String[] a = new String[n];
        for (int i = 0; i < n; i++) a[i] = string();
        return a;
    }

    public int[] numbers() throws IOException {
        int n = count(1 << 24);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = number();
        return a;
    }

    public byte[] bytes() throws IOException {
        byte[] b = new byte[count(1 << 28)];
        in.readFully(b);
        return b;
    }

    /** A map written by {@link CacheOutput#stringLists}, in its order. */
    public Map<String, List<String>> stringLists() throws IOException {
        int n = count(1 << 20);
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) map.put(string(), strings());
        return map;
    }

    /** Checks the end mark: the file was written whole and read in step. */
    public void end() throws IOException {
        if (in.readInt() != 0x454E4421 || in.read() != -1) throw new IOException("the file does not end where it should");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
