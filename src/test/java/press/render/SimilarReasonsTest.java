package press.render;

import org.junit.jupiter.api.Test;
import press.model.SimilarLink.Reason;

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
}
