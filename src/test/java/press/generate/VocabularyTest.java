package press.generate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** vocabulary.yaml reads, and every stack it names is one it defines. */
class VocabularyTest {
    private static final Vocabulary V = Vocabulary.load();

    @Test
    void everyNamedStackIsDefined() {
        assertFalse(V.stacks().isEmpty());
        assertFalse(V.topics().isEmpty());
        for (Vocabulary.Topic t : V.topics()) {
            assertFalse(t.stacks().isEmpty(), t.name());
            t.stacks().forEach(V::stack);
        }
        for (Vocabulary.Stack s : V.stacks()) s.related().forEach(V::stack);
    }

    @Test
    void anUnknownStackIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> V.stack("no such stack"));
        assertEquals("vocabulary.yaml: unknown stack 'no such stack'", e.getMessage());
    }
}
