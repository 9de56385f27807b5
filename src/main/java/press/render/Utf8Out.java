package press.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 bytes as it goes. Rendering into a {@code StringWriter} and then
 * encoding cost twice the copies, and a page holding one character outside Latin-1 ("·", "→")
 * made the whole page a two-byte string before it was encoded (measured: ~8 % of a 10,000-post
 * build's samples). Not thread-safe; one per page.
 */
final class Utf8Out extends Writer {
    private byte[] buf;
    private int size;
    private char pendingHigh; // a high surrogate whose low half comes with the next write

    Utf8Out(int capacity) {
        buf = new byte[capacity];
    }

    /** Empties it for the next page, keeping its buffer (one per rendering thread: a new 32 KB buffer per page was 5 % of a build's allocation). */
    Utf8Out reset() {
        size = 0;
        pendingHigh = 0;
        return this;
    }

    /** What Mustache's {@code HtmlEscaper} writes for each ASCII character below 97, or null when it writes the character itself. */
    private static final byte[][] ESCAPED = new byte[97][];

    static {
        for (int c = 0; c <= 13; c++) ESCAPED[c] = ("&#" + c + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String[] named = {"&&amp;", "<&lt;", ">&gt;", "\"&quot;", "'&#39;", "`&#96;", "=&#61;"};
        for (String n : named) ESCAPED[n.charAt(0)] = n.substring(1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Writes {@code s} HTML-escaped, byte for byte as Mustache's {@code HtmlEscaper} escapes it
     * (which copies each value into a char array and writes it char by char): encoded to UTF-8 in
     * one call, then copied in runs between the characters that are escaped (all ASCII, so never
     * inside a multi-byte sequence).
     */
    void writeEscaped(String s) {
        int n = s.length();
        if (n == 0) return;
        // a surrogate half at either edge may pair with the write before or after: char by char, as write does
        if (pendingHigh != 0 || Character.isSurrogate(s.charAt(0)) || Character.isSurrogate(s.charAt(n - 1))) {
            escapeByChar(s);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ensure(b.length * 6);
        int from = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i];
            if (c < 0 || c > 96) continue;
            byte[] e = ESCAPED[c];
            if (e == null) continue;
            System.arraycopy(b, from, buf, size, i - from);
            size += i - from;
            System.arraycopy(e, 0, buf, size, e.length);
            size += e.length;
            from = i + 1;
        }
        System.arraycopy(b, from, buf, size, b.length - from);
        size += b.length - from;
    }

    private void escapeByChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            byte[] e = c <= 96 ? ESCAPED[c] : null;
            if (e == null) {
                write(c);
            } else {
                ensure(e.length + 1);
                if (pendingHigh != 0) { // a high surrogate before an escaped character is lone
                    pendingHigh = 0;
                    buf[size++] = '?';
                }
                System.arraycopy(e, 0, buf, size, e.length);
                size += e.length;
            }
        }
    }

    @Override
    public void write(int c) {
        ensure(8);
        put((char) c);
    }

    @Override
    public void write(char[] cs, int off, int len) {
        ensure(len * 3 + 4);
        for (int i = off; i < off + len; i++) put(cs[i]);
    }

    @Override
    public void write(String s, int off, int len) {
        ensure(len * 3 + 4);
        int end = off + len;
        if (len < BULK) {
            for (int i = off; i < end; i++) {
                char c = s.charAt(i);
                // ASCII inline: C1 inlines no method as long as put, and a call per character of the templates' text cost more than the copy
                if (c < 0x80 && pendingHigh == 0) buf[size++] = (byte) c;
                else put(c);
            }
            return;
        }
        // a long run (a body, an escaped text) through the JDK's encoder, which copies ASCII in bulk;
        // a surrogate half at either edge goes char by char so that pairs split between writes still join
        if (pendingHigh != 0) put(s.charAt(off++));
        int last = Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
        byte[] bytes = (off == 0 && last == s.length() ? s : s.substring(off, last)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        if (last < end) put(s.charAt(last));
    }

    /** Shorter writes are encoded char by char: below this, the JDK's encoder costs more than it saves. */
    private static final int BULK = 64;

    @Override
    public Writer append(CharSequence s) {
        String t = String.valueOf(s);
        write(t, 0, t.length());
        return this;
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[size++] = (byte) (0xF0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[size++] = '?'; // a lone surrogate, as String.getBytes(UTF_8) writes it
        }
        if (c < 0x80) {
            buf[size++] = (byte) c;
        } else if (c < 0x800) {
            buf[size++] = (byte) (0xC0 | (c >> 6));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            ensure(4);
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[size++] = '?';
        } else {
            buf[size++] = (byte) (0xE0 | (c >> 12));
            buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (size + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }

    int capacity() {
        return buf.length;
    }

    /** The bytes written so far. */
    byte[] bytes() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[size++] = '?';
        }
        return Arrays.copyOf(buf, size);
    }

    @Override
    public void flush() {
        // nothing is buffered outside buf
    }

    @Override
    public void close() {
        // nothing to release
    }
}
