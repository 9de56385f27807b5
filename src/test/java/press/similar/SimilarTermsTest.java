package press.similar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SimilarTermsTest {

    @Test
    void fieldsAreNormalisedAndPrimaryStackHasItsOwnField() {
        SimilarInput in = SimilarTerms.of(100, "k", "Tuning  Connection Pools in Java Services under load",
                " Tuning connection   POOLS ", List.of("Performance", "sql", "sql"), List.of("Java Services", "postgres"),
                List.of("maven"), List.of("java services", "backend"));
        assertEquals(List.of("tuning connection pools"), in.terms(SimilarTerms.PROBLEM));
        assertEquals(List.of("java services"), in.terms(SimilarTerms.PRIMARY_STACK));
        assertEquals(List.of("java services", "postgres"), in.terms(SimilarTerms.STACK));
        assertEquals(List.of("performance", "sql"), in.terms(SimilarTerms.TAGS));
        assertEquals(List.of("maven"), in.terms(SimilarTerms.TOOLS));
        assertEquals(List.of("java services", "backend"), in.terms(SimilarTerms.ENTITIES));
        // problem and stack words are already counted; "in" and "under" are stopwords
        assertEquals(List.of("load"), in.terms(SimilarTerms.TITLE));
        assertEquals("tuning connection pools in java services under load", in.title());
        assertEquals(100, in.epochSecond());
    }

    @Test
    void withoutAProblemTheTitleCarriesTheTopic() {
        SimilarInput in = SimilarTerms.of(0, "k", "Shrinking Docker images", "", List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("shrinking", "docker", "images"), in.terms(SimilarTerms.TITLE));
        assertFalse(in.terms().containsKey(SimilarTerms.PROBLEM));
        assertFalse(in.terms().containsKey(SimilarTerms.PRIMARY_STACK));
    }

    @Test
    void nullsAndBlanksAreLeftOut() {
        SimilarInput in = SimilarTerms.of(0, "k", null, null, null, List.of(" ", "go"), null, List.of(""));
        assertEquals(List.of("go"), in.terms(SimilarTerms.STACK));
        assertEquals(List.of(), in.terms(SimilarTerms.ENTITIES));
        assertEquals("", in.title());
    }

    /** The fast path leaves a term as the full normalising (strip, lower case, white space runs to one space) would, on any text. */
    @org.junit.jupiter.api.Test
    void normalisingAgreesWithTheFullPathOnAnyText() {
        String alphabet = "ab Z\t\n\u00a0\u2003é-9.";
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = s.toString();
            String full = t.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            org.junit.jupiter.api.Assertions.assertEquals(full, SimilarTerms.normalise(t), "[" + t + "]");
        }
        org.junit.jupiter.api.Assertions.assertTrue(SimilarTerms.isNormal("github actions"));
        org.junit.jupiter.api.Assertions.assertFalse(SimilarTerms.isNormal("GitHub"));
        org.junit.jupiter.api.Assertions.assertFalse(SimilarTerms.isNormal("a  b"));
    }

    /** The words of a text are what splitting it at the regex {@code [^\p{L}\p{N}]+} gives (blanks left out): every BMP char alone, then random texts with surrogate pairs and lone halves. */
    @org.junit.jupiter.api.Test
    void wordsAreTheRegexSplitOnAnyText() {
        java.util.regex.Pattern nonWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        java.util.function.Function<String, List<String>> want = t -> java.util.Arrays.stream(nonWord.split(t)).filter(w -> !w.isEmpty()).toList();
        for (int c = 0; c <= 0xFFFF; c++) {
            String t = "a" + (char) c + "b";
            org.junit.jupiter.api.Assertions.assertEquals(want.apply(t), SimilarTerms.words(t), "char " + Integer.toHexString(c));
        }
        String[] pieces = {"a", "Z", "9", " ", "-", ".", "é", "\u0663", "\u2163", "\u00bd", "\ud835\udc00", "\ud83d\ude00", "\ud800", "\udc00", "\u0301", "_", "\u3042"};
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) s.append(pieces[random.nextInt(pieces.length)]);
            org.junit.jupiter.api.Assertions.assertEquals(want.apply(s.toString()), SimilarTerms.words(s.toString()), "[" + s + "]");
        }
    }
}
