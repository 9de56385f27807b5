package press.generate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body in the seed articles' shape: sections, the checklist as a list, code only in a language the vocabulary has, 4-6 KB, the same for the same draws. */
class BodyWriterTest {
    private static final Vocabulary V = Vocabulary.load();
    private static final BodyWriter W = new BodyWriter(V);
    private static final Map<String, String> CTX = Map.of("topic", "rate limiting", "stack", "flask apis", "scenario", "a legacy codebase");
    private static final List<String> TOOLS = List.of("gunicorn", "pytest", "ruff");
    private static final List<String> TAGS = List.of("api-design", "security", "python");

    private static BodyWriter.Body body(long seed, String language) {
        return W.write(new SplittableRandom(seed), CTX, language, TOOLS, TAGS);
    }

    @Test
    void theSameDrawsGiveTheSameBody() {
        assertEquals(body(7, "python").markdown(), body(7, "python").markdown());
        assertFalse(body(7, "python").markdown().equals(body(8, "python").markdown()));
    }

    @Test
    void everyBodyHasTheSeedShape() {
        String language = V.code().keySet().iterator().next();
        boolean sawCode = false;
        for (long seed = 0; seed < 60; seed++) {
            BodyWriter.Body b = body(seed, language);
            String md = b.markdown();
            long sections = md.lines().filter(l -> l.startsWith("## ")).count();
            assertTrue(sections >= 4 && sections <= 5, "2 or 3 sections, then checklist and final notes: " + sections);
            assertTrue(md.contains("## implementation checklist\n\n"), md);
            assertTrue(md.stripTrailing().contains("## final notes\n\n"));
            for (String item : b.checklist()) assertTrue(md.contains("\n- " + item + "\n") || md.contains("\n- " + item), item);
            assertTrue(b.paragraphs() >= 7 && b.paragraphs() <= 12, "paragraphs " + b.paragraphs());
            assertTrue(md.length() >= 3500 && md.length() <= 6500, "size " + md.length());
            assertTrue(b.images().size() <= 2);
            for (Map<String, Object> img : b.images()) assertTrue(md.contains("](" + img.get("url") + ")"), "each image is in the body");
            sawCode |= md.contains("```" + language + "\n");
            assertTrue(md.endsWith("\n") && !md.contains("{topic}") && !md.contains("{stack}"), "every placeholder filled");
        }
        assertTrue(sawCode, "about half the bodies in a language the vocabulary has carry a code block");
    }

    @Test
    void aLanguageWithoutCodeInTheVocabularyGetsNoCodeBlock() {
        for (long seed = 0; seed < 40; seed++) assertFalse(body(seed, "cobol-85").markdown().contains("```"), "seed " + seed);
    }
}
