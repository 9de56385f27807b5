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

        /** The {@code i}-th word's number: below {@link Vocabulary#MOST} plus one text's words, the same word the same number within one {@link #space}. */
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

    private static final ThreadLocal<Vocabulary> VOCABULARY = ThreadLocal.withInitial(Vocabulary::new);

    /**
     * The words one thread has met, each as one interned String and a number (in the order met). A
     * word of at most {@link #SHORT} chars (most words) is found by its code, a number its chars spell
     * in base 37, in a table of codes and numbers side by side in one {@code long[]}: one probe reads
     * one place in memory, and no char is compared. A longer word is found by its chars, in a second,
     * open-addressing table of char arrays. Emptied, between two texts, past {@link #MOST} words, so a
     * thread that lives long (press serve) holds a bounded table.
     */
    static final class Vocabulary {
        static final int MOST = 1 << 17;
        /** The longest word numbered by its code: 37^12 is below 2^63, so a code is positive and tells every such word apart. */
        static final int SHORT = 12;
        /** Per ASCII char, its digit in a code: '0'-'9' 1-10, 'a'-'z' 11-36, 0 for a char no code has (a word of other chars goes to the long table). */
        private static final byte[] DIGIT = new byte[128];

        static {
            for (char c = '0'; c <= '9'; c++) DIGIT[c] = (byte) (c - '0' + 1);
            for (char c = 'a'; c <= 'z'; c++) DIGIT[c] = (byte) (c - 'a' + 11);
        }

        /** Per slot, a short word's code (0: empty) and then its number. */
        private long[] codes = new long[2 * 8192];
        private int shortCount;
        private char[][] keys = new char[1024][];
        private int[] hashes = new int[1024];
        private int[] slotIds = new int[1024];
        private int longCount;
        private String[] words = new String[4096]; // by number
        private int size;
        private Object space = new Object();
        private final Counts counts = new Counts(this);
        private char[] text = new char[8192];

        /** The counts of one more text: the vocabulary is emptied first when it holds too many words. */
        Counts startCount() {
            if (size >= MOST) {
                codes = new long[2 * 8192];
                shortCount = 0;
                keys = new char[1024][];
                hashes = new int[1024];
                slotIds = new int[1024];
                longCount = 0;
                words = new String[4096];
                size = 0;
                space = new Object();
            }
            counts.start();
            return counts;
        }

        String word(int id) {
            return words[id];
        }

        /** The thread's char array for a text of {@code length} chars, grown when needed (a new one per text was 70 MB at 10,000 posts). */
        char[] chars(int length) {
            if (text.length < length) text = new char[Math.max(length, 2 * text.length)];
            return text;
        }

        /** The number of the word spelt by {@code length} chars of {@code cs} from {@code start}. */
        int word(char[] cs, int start, int length) {
            long code = length <= SHORT ? code(cs, start, length) : 0;
            return code != 0 ? shortWord(code, cs, start, length) : longWord(cs, start, length);
        }

        /** The word's code, or 0 when it is empty or has a char other than '0'-'9' and 'a'-'z'. */
        private static long code(char[] cs, int start, int length) {
            long code = 0;
            for (int i = start, end = start + length; i < end; i++) {
                char c = cs[i];
                int digit = c < 128 ? DIGIT[c] : 0;
                if (digit == 0) return 0;
                code = 37 * code + digit;
            }
            return code;
        }

        private int shortWord(long code, char[] cs, int start, int length) {
            int mask = (codes.length >> 1) - 1;
            for (int slot = (int) ((code * 0x9E3779B97F4A7C15L) >>> 32) & mask; ; slot = (slot + 1) & mask) {
                long k = codes[2 * slot];
                if (k == code) return (int) codes[2 * slot + 1];
                if (k == 0) {
                    int id = newWord(cs, start, length);
                    codes[2 * slot] = code;
                    codes[2 * slot + 1] = id;
                    if (2 * ++shortCount > mask + 1) growShort();
                    return id;
                }
            }
        }

        private int longWord(char[] cs, int start, int length) {
            int h = 0;
            for (int i = start, end = start + length; i < end; i++) h = 31 * h + cs[i];
            h ^= h >>> 16;
            int mask = keys.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                char[] k = keys[slot];
                if (k == null) {
                    keys[slot] = java.util.Arrays.copyOfRange(cs, start, start + length);
                    hashes[slot] = h;
                    int id = newWord(cs, start, length);
                    slotIds[slot] = id;
                    if (2 * ++longCount > keys.length) growLong();
                    return id;
                }
                if (hashes[slot] == h && k.length == length && same(k, cs, start)) {
                    return slotIds[slot];
                }
            }
        }

        /** Numbers a word not met before. */
        private int newWord(char[] cs, int start, int length) {
            int id = size++;
            if (id == words.length) words = java.util.Arrays.copyOf(words, 2 * id);
            words[id] = new String(cs, start, length).intern();
            return id;
        }

        /**
         * Whether {@code k} is spelt by as many chars of {@code cs} from {@code start}. A loop: words are short, and
         * {@code Arrays.equals} over ranges checks both ranges and calls through three methods first, none inlined by C1.
         */
        private static boolean same(char[] k, char[] cs, int start) {
            for (int i = 0; i < k.length; i++) if (k[i] != cs[start + i]) return false;
            return true;
        }

        private void growShort() {
            long[] old = codes;
            codes = new long[2 * old.length];
            int mask = (codes.length >> 1) - 1;
            for (int from = 0; from < old.length; from += 2) {
                long code = old[from];
                if (code == 0) continue;
                int slot = (int) ((code * 0x9E3779B97F4A7C15L) >>> 32) & mask;
                while (codes[2 * slot] != 0) slot = (slot + 1) & mask;
                codes[2 * slot] = code;
                codes[2 * slot + 1] = old[from + 1];
            }
        }

        private void growLong() {
            char[][] oldKeys = keys;
            int[] oldHashes = hashes;
            int[] oldIds = slotIds;
            keys = new char[2 * oldKeys.length][];
            hashes = new int[keys.length];
            slotIds = new int[keys.length];
            int mask = keys.length - 1;
            for (int from = 0; from < oldKeys.length; from++) {
                if (oldKeys[from] == null) continue;
                int slot = oldHashes[from] & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = oldKeys[from];
                hashes[slot] = oldHashes[from];
                slotIds[slot] = oldIds[from];
            }
        }
    }

    /**
     * One text's words counted by their numbers in the thread's {@link Vocabulary}: per number, the
     * text it was last met in ({@code stamps}) and its place in this text's order of first
     * occurrence, so a word is counted with two array reads and no hashing. One per thread, reused.
     */
    static final class Counts implements Sink {
        private final Vocabulary vocabulary;
        /** The field the words now scanned are counted in. */
        int field;
        private int[] stamps = new int[4096]; // by word number
        private int[] places = new int[4096]; // by word number
        private int stamp;
        private int[] order = new int[512]; // word numbers, in order of first occurrence
        private int[] counts = new int[3 * 512];
        private int size;

        Counts(Vocabulary vocabulary) {
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
            return new Counted(words, java.util.Arrays.copyOf(order, size), java.util.Arrays.copyOf(counts, 3 * size), vocabulary.space);
        }
    }
}
