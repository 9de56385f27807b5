package press.generate;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One synthetic post depends only on (seed, i); its slug carries its number; its body about 4-6 KB (padding stops when every paragraph is full) in the seeds' shape. */
class PostSynthesizerTest {
    private static final Vocabulary V = Vocabulary.load();

    @Test
    void aPostDependsOnlyOnSeedAndNumber() {
        PostSynthesizer a = new PostSynthesizer(V);
        GeneratedPost fifth = a.make(7, 5);
        a.make(7, 6);
        assertEquals(fifth, new PostSynthesizer(V).make(7, 5), "no state carried from one post to the next");
        assertNotEquals(fifth.text(), a.make(8, 5).text());
        assertNotEquals(fifth.text(), a.make(7, 4).text());
    }

    @Test
    void slugsEndInTheOneBasedNumberAndTheirWordsAreCutAtADash() {
        Set<String> slugs = new HashSet<>();
        PostSynthesizer s = new PostSynthesizer(V);
        for (int i = 0; i < 200; i++) {
            GeneratedPost p = s.make(1, i);
            assertTrue(p.slug().endsWith(String.format("-%06d", i + 1)), p.slug());
            String words = p.slug().substring(0, p.slug().length() - 7);
            assertTrue(words.length() <= 60 && !words.endsWith("-"), p.slug());
            assertTrue(p.text().startsWith("---\ntitle: ") && p.text().contains("\nslug: \"" + p.slug() + "\"\n"), p.text());
            slugs.add(p.slug());
        }
        assertEquals(200, slugs.size());
    }

    @Test
    void bodiesAreAboutFourToSixKilobytesWithTheSeedsSections() {
        for (int i = 0; i < 100; i++) {
            String text = new PostSynthesizer(V).make(3, i).text();
            String body = text.substring(text.indexOf("\n---\n\n") + 6);
            assertTrue(body.length() >= 3500 && body.length() <= 6500, i + ": " + body.length());
            assertTrue(body.contains("\n## implementation checklist\n\n- ") && body.contains("\n## final notes\n\n"), body);
            assertEquals(1, body.split("## final notes", -1).length - 1);
        }
    }
}
