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
     * How often each word occurs in a body's prose, headings and code ({@link BodyText}), so the
     * indexes that read a body share one pass over its text: the distinct words in order of first
     * occurrence, each an interned String, with its three counts ({@link Counted}). Words are
     * looked up by their chars, in a table per thread of the words it has met ({@link Vocabulary}),
     * so no String is made for a word met before, in this body or another.
     */
    public static Counted count(BodyText text) {
        Vocabulary vocabulary = VOCABULARY.get();
        Counts counts = new Counts();
        scan(text.prose(), (cs, start, length) -> counts.add(vocabulary.word(cs, start, length), 0));
        scan(text.headings(), (cs, start, length) -> counts.add(vocabulary.word(cs, start, length), 1));
        scan(text.code(), (cs, start, length) -> counts.add(vocabulary.word(cs, start, length), 2));
        return counts.counted();
    }

    /**
     * The distinct words of a body, in order of first occurrence, each interned, and per word how
     * often it occurs in the body's prose (field 0), headings (1) and code (2).
     */
    public static final class Counted {
        private final String[] words;
        private final int[] counts;

        Counted(String[] words, int[] counts) {
            this.words = words;
            this.counts = counts;
        }

        public int size() {
            return words.length;
        }

        /** The {@code i}-th distinct word (interned). */
        public String word(int i) {
            return words[i];
        }

        /** How often the {@code i}-th word occurs in {@code field}: 0 prose, 1 headings, 2 code. */
        public int count(int i, int field) {
            return counts[3 * i + field];
        }
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

    private static final ThreadLocal<Vocabulary> VOCABULARY = ThreadLocal.withInitial(Vocabulary::new);

    /**
     * The words one thread has met, by their chars, each as one interned String: an open-addressing
     * table of char arrays. Emptied past {@link #MOST} words, so a thread that lives long (press
     * serve) holds a bounded table.
     */
    static final class Vocabulary {
        static final int MOST = 1 << 17;
        private char[][] keys = new char[8192][];
        private String[] words = new String[8192];
        private int[] hashes = new int[8192];
        private int size;

        /** The interned word spelt by {@code length} chars of {@code cs} from {@code start}. */
        String word(char[] cs, int start, int length) {
            int h = 0;
            for (int i = start, end = start + length; i < end; i++) h = 31 * h + cs[i];
            h ^= h >>> 16;
            int mask = keys.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                char[] k = keys[slot];
                if (k == null) {
                    if (size >= MOST) {
                        clear();
                        return word(cs, start, length);
                    }
                    keys[slot] = java.util.Arrays.copyOfRange(cs, start, start + length);
                    String w = new String(keys[slot]).intern();
                    words[slot] = w;
                    hashes[slot] = h;
                    if (2 * ++size > keys.length) grow();
                    return w;
                }
                if (hashes[slot] == h && k.length == length && java.util.Arrays.equals(k, 0, length, cs, start, start + length)) {
                    return words[slot];
                }
            }
        }

        private void clear() {
            keys = new char[8192][];
            words = new String[8192];
            hashes = new int[8192];
            size = 0;
        }

        private void grow() {
            char[][] oldKeys = keys;
            String[] oldWords = words;
            int[] oldHashes = hashes;
            keys = new char[2 * oldKeys.length][];
            words = new String[keys.length];
            hashes = new int[keys.length];
            int mask = keys.length - 1;
            for (int from = 0; from < oldKeys.length; from++) {
                if (oldKeys[from] == null) continue;
                int slot = oldHashes[from] & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = oldKeys[from];
                words[slot] = oldWords[from];
                hashes[slot] = oldHashes[from];
            }
        }
    }

    /** One body's words counted in an open-addressing table keyed by the interned word itself (compared by identity, as words are interned). */
    static final class Counts {
        private String[] keys = new String[1024];
        private int[] index = new int[1024]; // per slot, the word's place in order of first occurrence
        private String[] order = new String[512];
        private int[] counts = new int[3 * 512];
        private int size;

        void add(String word, int field) {
            int mask = keys.length - 1;
            for (int slot = spread(word) & mask; ; slot = (slot + 1) & mask) {
                String k = keys[slot];
                if (k == null) {
                    keys[slot] = word;
                    if (size == order.length) {
                        order = java.util.Arrays.copyOf(order, 2 * size);
                        counts = java.util.Arrays.copyOf(counts, 6 * size);
                    }
                    index[slot] = size;
                    order[size] = word;
                    counts[3 * size + field] = 1;
                    size++;
                    if (2 * size > keys.length) grow();
                    return;
                }
                if (k == word) {
                    counts[3 * index[slot] + field]++;
                    return;
                }
            }
        }

        private void grow() {
            keys = new String[2 * keys.length];
            index = new int[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < size; i++) {
                int slot = spread(order[i]) & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = order[i];
                index[slot] = i;
            }
        }

        /** The word's hash (kept in the interned String once made), its high bits folded in. */
        private static int spread(String word) {
            int h = word.hashCode();
            return h ^ (h >>> 16);
        }

        Counted counted() {
            return new Counted(java.util.Arrays.copyOf(order, size), java.util.Arrays.copyOf(counts, 3 * size));
        }
    }
}
