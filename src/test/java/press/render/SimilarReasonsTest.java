package press.render;

import org.junit.jupiter.api.Test;
import press.model.SimilarLink.Reason;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SimilarReasonsTest {

    @Test
    void sharedWordsReadAsWordsAndThePrimaryStackAsAStack() {
        List<Reason> why = List.of(new Reason("primary_stack", "django apps"), new Reason("stack", "django apps"),
                new Reason("words", "release"), new Reason("title", "rollback"), new Reason("tags", "ci"));
        assertEquals("stack: django apps, word: release, title word: rollback", SimilarReasons.shown(why, 3));
    }

    @Test
    void aWordInTitleAndBodyReadsOnce() {
        List<Reason> why = List.of(new Reason("words", "post"), new Reason("title", "post"), new Reason("tags", "beta"));
        assertEquals("word: post, tag: beta", SimilarReasons.shown(why, 3));
    }

    /** The rule as texts: a word's term read once, a text shown once, at most {@code most} (the reference for the comparisons in place). */
    private static String byText(List<Reason> why, int most) {
        List<String> shown = new ArrayList<>();
        List<String> wordsShown = new ArrayList<>();
        for (Reason r : why) {
            String text = SimilarReasons.label(r.field()) + ": " + r.term();
            boolean word = r.field().equals("title") || r.field().equals("words");
            if (word && wordsShown.contains(r.term())) continue;
            if (word) wordsShown.add(r.term());
            if (!shown.contains(text)) shown.add(text);
            if (shown.size() == most) break;
        }
        return String.join(", ", shown);
    }

    /** A page's key spells the reasons {@code read} counts instead of the text: the text must come from them alone, and need each of them. */
    @Test
    void theTextIsMadeFromTheReasonsReadAlone() {
        String[] fields = {"primary_stack", "stack", "words", "title", "tags", "tools", "word", "title word"};
        String[] terms = {"a", "b", "c", "d"};
        java.util.Random random = new java.util.Random(11);
        int cut = 0;
        for (int run = 0; run < 20_000; run++) {
            List<Reason> why = new ArrayList<>();
            for (int n = random.nextInt(9); n > 0; n--) why.add(new Reason(fields[random.nextInt(fields.length)], terms[random.nextInt(terms.length)]));
            int most = 1 + random.nextInt(4);
            assertEquals(byText(why, most), SimilarReasons.shown(why, most), why + " most " + most);
            int read = SimilarReasons.read(why, most);
            assertEquals(SimilarReasons.shown(why, most), SimilarReasons.shown(why.subList(0, read), most), why + " read " + read);
            if (read > 0 && read < why.size()) { // stopped early: at a reason that was shown
                org.junit.jupiter.api.Assertions.assertNotEquals(SimilarReasons.shown(why, most), SimilarReasons.shown(why.subList(0, read - 1), most),
                        why + ": the last reason read counts");
            }
            if (read < why.size()) cut++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(cut > 1000, "lists longer than what is shown: " + cut);
    }
}
