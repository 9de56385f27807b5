package press.serve;

import java.util.Locale;

/**
 * A single byte range from a {@code Range} header: {@code bytes=a-b}, {@code bytes=a-} or
 * {@code bytes=-n}, clamped to the representation's length. Multiple ranges and malformed
 * headers are ignored (the whole body is sent), as RFC 9110 allows.
 */
sealed interface RangeRequest {

    /** No usable Range header: send the whole body. */
    record Whole() implements RangeRequest {}

    /** The range starts past the end: 416. */
    record Unsatisfiable() implements RangeRequest {}

    /** Bytes {@code first..last}, both inclusive and inside the body: 206. */
    record Slice(long first, long last) implements RangeRequest {
        long length() {
            return last - first + 1;
        }
    }

    static RangeRequest parse(String header, long size) {
        if (header == null) return new Whole();
        String h = header.trim();
        if (!h.toLowerCase(Locale.ROOT).startsWith("bytes=")) return new Whole();
        String spec = h.substring(6).trim();
        if (spec.indexOf(',') >= 0) return new Whole();
        int dash = spec.indexOf('-');
        if (dash < 0) return new Whole();
        String a = spec.substring(0, dash).trim();
        String b = spec.substring(dash + 1).trim();
        try {
            if (a.isEmpty()) {
                if (!digits(b)) return new Whole();
                long n = Long.parseLong(b);
                if (n == 0 || size == 0) return new Unsatisfiable();
                return new Slice(Math.max(0, size - n), size - 1);
            }
            if (!digits(a) || !(b.isEmpty() || digits(b))) return new Whole();
            long first = Long.parseLong(a);
            if (!b.isEmpty() && Long.parseLong(b) < first) return new Whole();
            if (first >= size) return new Unsatisfiable();
            long last = b.isEmpty() ? size - 1 : Long.parseLong(b);
            return new Slice(first, Math.min(last, size - 1));
        } catch (NumberFormatException tooLong) {
            return new Whole();
        }
    }

    /** Plain decimal digits, short enough for a long. */
    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 18) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
