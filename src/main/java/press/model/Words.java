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

    /**
     * How often each word occurs in a body's prose, headings and code ({@link BodyText}): per word
     * an array of those three counts, so the indexes that read a body share one pass over its text.
     */
    public static java.util.Map<String, int[]> count(BodyText text) {
        java.util.Map<String, int[]> counts = new java.util.HashMap<>(1024); // a post has a few hundred distinct words
        each(text.prose(), w -> counts.computeIfAbsent(w, k -> new int[3])[0]++);
        each(text.headings(), w -> counts.computeIfAbsent(w, k -> new int[3])[1]++);
        each(text.code(), w -> counts.computeIfAbsent(w, k -> new int[3])[2]++);
        return counts;
    }

    /** Each word of {@code text}, in order. */
    public static void each(String text, Consumer<String> word) {
        char[] cs = text.toCharArray(); // one bulk copy: String.charAt per char (bounds and coder checks) was half of this loop's cost under C1
        for (char c : cs) {
            if (c > 127) {
                cs = Normalizer.normalize(text, Normalizer.Form.NFKD).toCharArray();
                break;
            }
        }
        int start = -1;
        StringBuilder folded = new StringBuilder(48); // one per text, reused: holds a word with upper case or combining accents
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
                    folded.setLength(0);
                    folded.append(cs, start, i - start);
                }
                if (folding) folded.append(upper ? (char) (c + 32) : c);
            } else if (start >= 0 && c >= 0x300 && c <= 0x36F) { // a combining accent inside a word is dropped
                if (!folding) {
                    folding = true;
                    folded.setLength(0);
                    folded.append(cs, start, i - start);
                }
            } else {
                if (start >= 0) {
                    int length = folding ? folded.length() : i - start;
                    if (length >= 2 && length <= 40) word.accept(folding ? folded.toString() : new String(cs, start, i - start));
                }
                start = -1;
                folding = false;
            }
        }
    }
}
