package press.model;

import java.text.Normalizer;
import java.util.function.Consumer;

/**
 * The words of a text as the indexes see them (search and similar posts alike, and
 * {@code assets/search.js} for queries): runs of ASCII letters and digits, lower case, accents
 * folded ("Café" is "cafe"), two to forty characters long; anything else separates words.
 */
public final class Words {
    private Words() {}

    /** Takes each word as a range of chars, valid only during the call. */
    interface Sink {
        void accept(char[] chars, int start, int length);
    }

    /**
     * How often each word occurs in a body's prose, headings and code ({@link BodyText}): per word
     * an array of those three counts, so the indexes that read a body share one pass over its text.
     * Words are counted in a table of char ranges ({@link Counts}), so a String is made once per
     * distinct word, not per occurrence; the map lists them in order of first occurrence.
     */
    public static java.util.Map<String, int[]> count(BodyText text) {
        Counts counts = new Counts();
        scan(text.prose(), (cs, start, length) -> counts.add(cs, start, length, 0));
        scan(text.headings(), (cs, start, length) -> counts.add(cs, start, length, 1));
        scan(text.code(), (cs, start, length) -> counts.add(cs, start, length, 2));
        return counts.toMap();
    }

    /** Each word of {@code text}, in order. */
    public static void each(String text, Consumer<String> word) {
        scan(text, (cs, start, length) -> word.accept(new String(cs, start, length)));
    }

    /** Each word of {@code text}, in order, as a range of chars. */
    static void scan(String text, Sink sink) {
        char[] cs = text.toCharArray(); // one bulk copy: String.charAt per char (bounds and coder checks) was half of this loop's cost under C1
        for (char c : cs) {
            if (c > 127) {
                cs = Normalizer.normalize(text, Normalizer.Form.NFKD).toCharArray();
                break;
            }
        }
        int start = -1;
        char[] folded = new char[48]; // one per text, reused: holds a word with upper case or combining accents
        int foldedLength = 0;
        boolean folding = false;
        int n = cs.length;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? cs[i] : ' ';
            boolean lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean upper = c >= 'A' && c <= 'Z';
            if (lower || upper) {
                if (start < 0) start = i;
                if (upper && !folding) {
                    folding = true;
                    foldedLength = 0;
                    folded = append(folded, foldedLength, cs, start, i - start);
                    foldedLength = i - start;
                }
                if (folding) {
                    if (foldedLength == folded.length) folded = java.util.Arrays.copyOf(folded, 2 * foldedLength);
                    folded[foldedLength++] = upper ? (char) (c + 32) : c;
                }
            } else if (start >= 0 && c >= 0x300 && c <= 0x36F) { // a combining accent inside a word is dropped
                if (!folding) {
                    folding = true;
                    folded = append(folded, 0, cs, start, i - start);
                    foldedLength = i - start;
                }
            } else {
                if (start >= 0) {
                    int length = folding ? foldedLength : i - start;
                    if (length >= 2 && length <= 40) {
                        if (folding) sink.accept(folded, 0, length);
                        else sink.accept(cs, start, length);
                    }
                }
                start = -1;
                folding = false;
            }
        }
    }

    /** {@code to} holding its first {@code at} chars and then {@code length} chars of {@code from}, grown when needed. */
    private static char[] append(char[] to, int at, char[] from, int start, int length) {
        char[] out = at + length <= to.length ? to : java.util.Arrays.copyOf(to, Math.max(2 * to.length, at + length));
        System.arraycopy(from, start, out, at, length);
        return out;
    }

    /** Words counted by their chars in an open-addressing table: a String only for each distinct word, at the end. */
    static final class Counts {
        private char[][] keys = new char[1024][];
        private int[][] counts = new int[1024][];
        private int[] hashes = new int[1024];
        private int[] order = new int[512]; // the slots in order of first occurrence
        private int size;

        void add(char[] cs, int start, int length, int field) {
            int h = 0;
            for (int i = start, end = start + length; i < end; i++) h = 31 * h + cs[i];
            h ^= h >>> 16;
            int mask = keys.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                char[] k = keys[slot];
                if (k == null) {
                    keys[slot] = java.util.Arrays.copyOfRange(cs, start, start + length);
                    hashes[slot] = h;
                    int[] c = new int[3];
                    c[field] = 1;
                    counts[slot] = c;
                    if (size == order.length) order = java.util.Arrays.copyOf(order, 2 * size);
                    order[size++] = slot;
                    if (2 * size > keys.length) grow();
                    return;
                }
                if (hashes[slot] == h && k.length == length && java.util.Arrays.equals(k, 0, length, cs, start, start + length)) {
                    counts[slot][field]++;
                    return;
                }
            }
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[][] oldCounts = counts;
            int[] oldHashes = hashes;
            int[] oldOrder = java.util.Arrays.copyOf(order, size);
            keys = new char[2 * oldKeys.length][];
            counts = new int[keys.length][];
            hashes = new int[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < size; i++) {
                int from = oldOrder[i];
                int slot = oldHashes[from] & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = oldKeys[from];
                counts[slot] = oldCounts[from];
                hashes[slot] = oldHashes[from];
                order[i] = slot;
            }
        }

        java.util.Map<String, int[]> toMap() {
            java.util.Map<String, int[]> out = new java.util.HashMap<>(Math.max(16, 2 * size));
            for (int i = 0; i < size; i++) out.put(new String(keys[order[i]]), counts[order[i]]);
            return out;
        }
    }
}
