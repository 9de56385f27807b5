package press.render;

import press.digest.ContentHash;

/**
 * The key of a page ({@link Route.Page#key()}): a digest of everything its view is made from,
 * computed from the site model without making the view (no head, JSON-LD or meta box built,
 * nothing walked by reflection). An output writer that finds a page's key equal to the one the
 * last build stored for that path keeps the page without making its view. Each part is spelt
 * into bytes length-first, so two different inputs cannot spell the same key. A key is only sound when
 * every input of the view is added to it: {@code RouteKeyTest} checks that equal keys mean equal
 * views ({@code ViewDigest}) over edited sites. {@link SearchInput} spells a post's search input with it too.
 */
final class RouteKey {
    private byte[] bytes = new byte[2048];
    private int size;
    private char[] chars = new char[256];

    RouteKey(String context) {
        add(context);
    }

    /** Adds a text (null and "" are told apart): its length, then each char (past ASCII: a mark and its two bytes). */
    RouteKey add(String s) {
        if (s == null) {
            room(1);
            bytes[size++] = (byte) 0xFF;
            return this;
        }
        int n = s.length();
        add(n);
        room(3 * n);
        // the chars copied out in one bulk call, then read from the array: String.charAt per char was
        // most of this method's 11 % of a one-post rebuild's CPU under C1
        if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
        s.getChars(0, n, chars, 0);
        char[] cs = chars;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else {
                bytes[size++] = (byte) 0x80;
                bytes[size++] = (byte) (c >>> 8);
                bytes[size++] = (byte) c;
            }
        }
        return this;
    }

    /** Adds a value by its {@code toString()}: a record of texts, numbers, lists and maps. */
    RouteKey add(Object o) {
        return add(o == null ? null : o.toString());
    }

    RouteKey add(long n) {
        room(9);
        bytes[size++] = (byte) '#';
        for (int shift = 56; shift >= 0; shift -= 8) bytes[size++] = (byte) (n >>> shift);
        return this;
    }

    RouteKey add(boolean b) {
        room(1);
        bytes[size++] = (byte) (b ? 'T' : 'F');
        return this;
    }

    /** Adds a time as its instant and offset (all an {@code OffsetDateTime} holds), without formatting it. */
    RouteKey add(java.time.OffsetDateTime t) {
        return t == null ? add((String) null) : add(t.toEpochSecond()).add(t.getNano()).add(t.getOffset().getTotalSeconds());
    }

    RouteKey add(java.time.LocalDate d) {
        return d == null ? add((String) null) : add(d.toEpochDay());
    }

    private void room(int n) {
        if (size + n > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + n));
    }

    String digest() {
        return ContentHash.hex(bytes, 0, size);
    }
}
