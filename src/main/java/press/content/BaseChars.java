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

    /** The index of {@code c} in {@code s}, or -1. */
    static int indexOf(BasedSequence s, char c) {
        if (s instanceof SubSequence && s.getBase() instanceof String base) {
            int i = base.indexOf(c, s.getStartOffset());
            return i >= 0 && i < s.getEndOffset() ? i - s.getStartOffset() : -1;
        }
        return s.indexOf(c);
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
