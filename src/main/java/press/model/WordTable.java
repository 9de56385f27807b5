package press.model;

/**
 * The words one thread has met, each as one interned String and a number (in the order met). A
 * word of at most {@link #SHORT} chars (most words) is found by its code, a number its chars spell
 * in base 37, in a table of codes and numbers side by side in one {@code long[]}: one probe reads
 * one place in memory, and no char is compared. A longer word is found by its chars, in a second,
 * open-addressing table of char arrays. Emptied, between two texts, past {@link #MOST} words, so a
 * thread that lives long (press serve) holds a bounded table.
 */
final class WordTable {
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
    private final Words.Counts counts = new Words.Counts(this);
    private char[] text = new char[8192];

    /** The counts of one more text: the vocabulary is emptied first when it holds too many words. */
    Words.Counts startCount() {
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

    /** What the numbers are numbers in: another object once the table was emptied. */
    Object space() {
        return space;
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
