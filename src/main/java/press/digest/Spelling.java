package press.digest;

/**
 * Values spelt into bytes for a {@link ContentHash}, one after another, each so that two different
 * sequences of values never spell the same bytes: a text is its length, then each char (ASCII as
 * one byte; past ASCII a mark and its two bytes); null and "" are told apart; numbers and flags
 * are tagged. Used for the keys that tell whether a page or a cached result can be kept
 * ({@code render.RouteKey}, {@code similar.SimilarMemo}). Not thread-safe; reused with {@link #reset}.
 */
public final class Spelling {
    private byte[] bytes = new byte[2048];
    private int size;
    private char[] chars = new char[256];

    /** Adds a text: its length, then its chars, read from a bulk copy (String.charAt per char was most of the cost under C1). */
    public Spelling add(String s) {
        if (s == null) {
            room(1);
            bytes[size++] = (byte) 0xFF;
            return this;
        }
        int n = s.length();
        add(n);
        if (n >= 16 && ascii(s, n)) return this;
        room(3 * n);
        if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
        s.getChars(0, n, chars, 0);
        char[] cs = chars;
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else {
                b[at++] = (byte) 0x80;
                b[at++] = (byte) (c >>> 8);
                b[at++] = (byte) c;
            }
        }
        size = at;
        return this;
    }

    /**
     * Spells {@code s} as its bytes when it is all ASCII, the usual case, through one bulk copy (the
     * encoder's ASCII path) instead of a char at a time; false, with nothing spelt, otherwise. Its
     * UTF-8 form is one byte per char only for ASCII chars and unpaired surrogates, which the
     * encoder writes as '?': so a text of as many bytes as chars without a '?' is ASCII, and spells
     * the same bytes as the char loop would.
     */
    private boolean ascii(String s, int n) {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (utf8.length != n) return false;
        for (byte b : utf8) if (b == '?') return false;
        room(n);
        System.arraycopy(utf8, 0, bytes, size, n);
        size += n;
        return true;
    }

    public Spelling add(long n) {
        room(9);
        bytes[size++] = (byte) '#';
        for (int shift = 56; shift >= 0; shift -= 8) bytes[size++] = (byte) (n >>> shift);
        return this;
    }

    /** Adds a time as its instant and offset (all an {@code OffsetDateTime} holds), without formatting it; null as a null text. */
    public Spelling add(java.time.OffsetDateTime t) {
        return t == null ? add((String) null) : add(t.toEpochSecond()).add(t.getNano()).add(t.getOffset().getTotalSeconds());
    }

    public Spelling add(boolean v) {
        room(1);
        bytes[size++] = (byte) (v ? 'T' : 'F');
        return this;
    }

    /** Empties it for the next values, keeping its buffers. */
    public Spelling reset() {
        size = 0;
        return this;
    }

    /** How many bytes are spelt so far. */
    public int size() {
        return size;
    }

    /** The hash of everything spelt. */
    public String hex() {
        return ContentHash.hex(bytes, 0, size);
    }

    /** Feeds what is spelt so far to {@code hash} and starts empty again (for inputs too large to hold at once). */
    public Spelling feed(ContentHash.Stream hash) {
        hash.update(java.util.Arrays.copyOf(bytes, size));
        size = 0;
        return this;
    }

    private void room(int n) {
        if (size + n > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + n));
    }
}
