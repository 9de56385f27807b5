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
     * looked up by their chars, in a table per thread of the words it has met ({@link WordTable}),
     * so no String is made for a word met before, in this body or another.
     */
    public static Counted count(BodyText text) {
        WordTable vocabulary = VOCABULARY.get();
        Counts counts = vocabulary.startCount();
        counts.field = 0;
        scan(text.prose(), counts, vocabulary.chars(text.prose().length()));
        counts.field = 1;
        scan(text.headings(), counts, vocabulary.chars(text.headings().length()));
        counts.field = 2;
        scan(text.code(), counts, vocabulary.chars(text.code().length()));
        return counts.counted();
    }

    /**
     * The distinct words of a body, in order of first occurrence, each interned, and per word how
     * often it occurs in the body's prose (field 0), headings (1) and code (2). Each word also has
     * its number in the vocabulary of the thread that counted it ({@link #id}), valid while
     * {@link #space} is the same: a reader that keeps something per word (a stem, say) can keep it
     * in an array by that number instead of a map by the word.
     */
    public static final class Counted {
        private final String[] words;
        private final int[] ids;
        private final int[] counts;
        private final Object space;

        Counted(String[] words, int[] ids, int[] counts, Object space) {
            this.words = words;
            this.ids = ids;
            this.counts = counts;
            this.space = space;
        }

        public int size() {
            return words.length;
        }

        /** The {@code i}-th distinct word (interned). */
        public String word(int i) {
            return words[i];
        }

        /** The {@code i}-th word's number: below {@link WordTable#MOST} plus one text's words, the same word the same number within one {@link #space}. */
        public int id(int i) {
            return ids[i];
        }

        /** What the numbers of {@link #id} are numbers in: compared by identity; another when the counting thread's vocabulary was emptied. */
        public Object space() {
            return space;
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
        scan(text, sink, new char[text.length()]);
    }

    /** As {@link #scan(String, Sink)}, copying the text into {@code buffer} (at least its length), which the caller reuses. */
    private static void scan(String text, Sink sink, char[] buffer) {
        // one bulk copy: String.charAt per char (bounds and coder checks) was half of this loop's cost under C1; getChars, not
        // toCharArray: its copy of a Latin-1 string is the JVM's vectorized intrinsic, toCharArray's a loop (a quarter of the count)
        char[] cs = buffer;
        int n = text.length();
        text.getChars(0, n, cs, 0);
        for (int i = 0; i < n; i++) {
            if (cs[i] > 127) {
                cs = Normalizer.normalize(text, Normalizer.Form.NFKD).toCharArray();
                n = cs.length;
                break;
            }
        }
        int start = -1;
        char[] folded = new char[48]; // one per text, reused: holds a word with upper case or combining accents
        int foldedLength = 0;
        boolean folding = false;
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

    private static final ThreadLocal<WordTable> VOCABULARY = ThreadLocal.withInitial(WordTable::new);

    /**
     * One text's words counted by their numbers in the thread's {@link WordTable}: per number, the
     * text it was last met in ({@code stamps}) and its place in this text's order of first
     * occurrence, so a word is counted with two array reads and no hashing. One per thread, reused.
     */
    static final class Counts implements Sink {
        private final WordTable vocabulary;
        /** The field the words now scanned are counted in. */
        int field;
        private int[] stamps = new int[4096]; // by word number
        private int[] places = new int[4096]; // by word number
        private int stamp;
        private int[] order = new int[512]; // word numbers, in order of first occurrence
        private int[] counts = new int[3 * 512];
        private int size;

        Counts(WordTable vocabulary) {
            this.vocabulary = vocabulary;
        }

        @Override
        public void accept(char[] chars, int start, int length) {
            add(vocabulary.word(chars, start, length), field);
        }

        void start() {
            if (++stamp == 0) { // wrapped: no number may seem met in this text
                java.util.Arrays.fill(stamps, 0);
                stamp = 1;
            }
            size = 0;
        }

        void add(int id, int field) {
            if (id >= stamps.length) {
                int n = Math.max(2 * stamps.length, id + 1);
                stamps = java.util.Arrays.copyOf(stamps, n);
                places = java.util.Arrays.copyOf(places, n);
            }
            if (stamps[id] == stamp) {
                counts[3 * places[id] + field]++;
                return;
            }
            stamps[id] = stamp;
            if (size == order.length) {
                order = java.util.Arrays.copyOf(order, 2 * size);
                counts = java.util.Arrays.copyOf(counts, 6 * size);
            }
            places[id] = size;
            order[size] = id;
            counts[3 * size] = 0;
            counts[3 * size + 1] = 0;
            counts[3 * size + 2] = 0;
            counts[3 * size + field] = 1;
            size++;
        }

        Counted counted() {
            String[] words = new String[size];
            for (int i = 0; i < size; i++) words[i] = vocabulary.word(order[i]);
            return new Counted(words, java.util.Arrays.copyOf(order, size), java.util.Arrays.copyOf(counts, 3 * size), vocabulary.space());
        }
    }
}
