package press.content;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * A Flexmark sequence read as the range of the String it was parsed from, so that scans and copies
 * run at String speed: the sequence's own {@code charAt} costs two virtual calls and a bounds check
 * per character, and under C1 (the launcher's compiler) scans through it were 5-8 % of a build's CPU.
 * A sequence that is not one plain range of a String (Flexmark builds a few from segments) is read
 * through its own methods.
 */
final class BaseChars {
    private BaseChars() {}

    /**
     * Whether one character occurs in sequences asked about one after another. A String's own
     * {@code indexOf} has no end bound (before Java 21), so asking it about each text node of a
     * document scanned on to the document's end every time: quadratic, 4 % of a 10,000-post build's
     * CPU. The finder remembers where the character is next, so nodes asked in document order cost
     * one pass over the document; a range asked out of order is searched anew, never answered wrong.
     */
    static final class Finder {
        private final char c;
        private String base;
        private int from = -1;
        private int at;

        Finder(char c) {
            this.c = c;
        }

        boolean in(BasedSequence s) {
            if (!(s instanceof SubSequence && s.getBase() instanceof String b)) return s.indexOf(c) >= 0;
            int start = s.getStartOffset();
            // `at` is the first place of c at or after `from`: it answers for any start in from..at
            if (b != base || start < from || (at >= 0 && at < start)) {
                base = b;
                from = start;
                at = b.indexOf(c, start);
            }
            return at >= 0 && at < s.getEndOffset();
        }
    }

    /** Whether {@code what} occurs in {@code s}. */
    static boolean contains(BasedSequence s, String what) {
        if (s instanceof SubSequence && s.getBase() instanceof String base) {
            int i = base.indexOf(what, s.getStartOffset());
            return i >= 0 && i + what.length() <= s.getEndOffset();
        }
        return s.indexOf(what) >= 0;
    }

    /** How many runs of characters other than white space {@code s} holds. */
    static int words(BasedSequence s) {
        if (s instanceof SubSequence && s.getBase() instanceof String base) return words(base, s.getStartOffset(), s.getEndOffset());
        return words(s, 0, s.length());
    }

    private static int words(CharSequence s, int from, int to) {
        int count = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !in) count++;
            in = letter;
        }
        return count;
    }

    /** {@code s} as a String. */
    static String text(BasedSequence s) {
        if (s instanceof SubSequence && s.getBase() instanceof String base) return base.substring(s.getStartOffset(), s.getEndOffset());
        return s.toString();
    }

    /** Appends {@code s} to {@code into}. */
    static StringBuilder append(StringBuilder into, BasedSequence s) {
        if (s instanceof SubSequence && s.getBase() instanceof String base) return into.append(base, s.getStartOffset(), s.getEndOffset());
        return into.append(s);
    }
}
