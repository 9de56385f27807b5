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
}
