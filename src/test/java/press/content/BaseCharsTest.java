package press.content;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A range of a String and a sequence made of pieces answer alike, and as the same text as a String would. */
class BaseCharsTest {
    private static final BasedSequence WHOLE = BasedSequence.of("xx {: .note} a\\b & c  words here\tand there {:");

    /** The same text as a plain range of the String, and as a sequence Flexmark pieced together. */
    private static List<BasedSequence> kinds(int from, int to) {
        BasedSequence range = WHOLE.subSequence(from, to);
        BasedSequence pieced = PrefixedSubSequence.prefixOf("", range); // not a SubSequence: read through its own methods
        return List.of(range, pieced);
    }

    @Test
    void scansLookOnlyInsideTheRange() {
        for (BasedSequence s : kinds(3, 20)) {
            String text = s.toString();
            assertTrue(new BaseChars.Finder('\\').in(s), text);
            assertFalse(new BaseChars.Finder('x').in(s), "the x before the range is not found: " + text);
            assertFalse(new BaseChars.Finder('w').in(s), "the w after the range is not found: " + text);
            assertTrue(BaseChars.contains(s, "{:"), text);
            assertFalse(BaseChars.contains(s, "words"), "text after the range is not found: " + text);
        }
        for (BasedSequence s : kinds(38, WHOLE.length() - 1)) assertFalse(BaseChars.contains(s, "{:"), "a match cut by the range's end: " + s);
    }

    /** One finder asked about ranges in any order answers as indexOf within each range would. */
    @Test
    void aFinderAnswersEveryRangeInAnyOrder() {
        String text = WHOLE.toString();
        int n = text.length();
        java.util.Random random = new java.util.Random(7);
        for (char c : new char[] {'\\', '&', 'x', '{', 'e'}) {
            BaseChars.Finder finder = new BaseChars.Finder(c);
            for (int round = 0; round < 2000; round++) {
                int from = round < 2 * n ? (round / 2) % n : random.nextInt(n); // first in order, then at random
                int to = from + random.nextInt(n - from + 1);
                for (BasedSequence s : kinds(from, to)) {
                    int i = text.indexOf(c, from);
                    assertEquals(i >= 0 && i < to, finder.in(s), "'" + c + "' in " + from + ".." + to);
                }
            }
        }
    }

    @Test
    void wordsTextAndAppendGiveTheRangeAsAString() {
        for (BasedSequence s : kinds(14, 43)) {
            assertEquals(s.toString(), BaseChars.text(s));
            assertEquals("<" + s + ">", BaseChars.append(new StringBuilder("<"), s).append('>').toString());
            assertEquals(7, BaseChars.words(s), "runs without white space: \\b, &, c, words, here, and, there: " + s);
        }
    }
}
