package press.store;

import java.io.Closeable;
import java.io.EOFException;
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
 *
 * <p>It reads through a buffer of its own, byte by byte without a lock: a build cache is millions of
 * small numbers and strings, and {@code DataInputStream} over {@code BufferedInputStream} (a
 * synchronized call per byte) was a tenth of a one-post build's CPU.
 */
public final class CacheInput implements Closeable {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private final List<String> seen = new ArrayList<>();

    public CacheInput(InputStream in) {
        this.in = in;
    }

    /** The next byte, 0 to 255. */
    private int next() throws IOException {
        if (pos == limit && !fill()) throw new EOFException("the file ends too soon");
        return buf[pos++] & 0xFF;
    }

    /** Reads more into the buffer; false at the end of the file. */
    private boolean fill() throws IOException {
        pos = 0;
        limit = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) return false;
        limit = n;
        return true;
    }

    private void readFully(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (pos == limit && !fill()) throw new EOFException("the file ends too soon");
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    private long eight() throws IOException {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | next();
        return v;
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
            int b = next();
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
        return eight();
    }

    public double decimal() throws IOException {
        return Double.longBitsToDouble(eight());
    }

    public boolean flag() throws IOException {
        int b = next();
        return b != 0;
    }

    public String string() throws IOException {
        int code = number();
        if (code == 0) return null;
        if (code == 1) {
            int n = count(1 << 28);
            String s;
            if (limit - pos >= n) { // the usual case: decoded where it lies in the buffer
                s = new String(buf, pos, n, StandardCharsets.UTF_8);
                pos += n;
            } else {
                byte[] b = new byte[n];
                readFully(b, 0, n);
                s = new String(b, StandardCharsets.UTF_8);
            }
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
        readFully(b, 0, b.length);
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
        long mark = 0;
        for (int i = 0; i < 4; i++) mark = (mark << 8) | next();
        if (mark != 0x454E4421L || pos < limit || fill()) throw new IOException("the file does not end where it should");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
