package press.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountedTest {
    @Test
    void oneIsSingularEveryOtherCountPlural() {
        assertEquals("0 posts", Counted.of(0, "post"));
        assertEquals("1 post", Counted.of(1, "post"));
        assertEquals("2 posts", Counted.of(2, "post"));
        assertEquals("1 entry", Counted.of(1, "entry", "entries"));
        assertEquals("11 entries", Counted.of(11, "entry", "entries"));
    }

    @Test
    void buildExceptionsCountTheirProblemsInTheRightNumber() {
        Problems one = new Problems();
        one.add(SourcePos.file(java.nio.file.Path.of("a.md")), "bad");
        assertEquals("parse: 1 problem", new BuildException("parse", one).getMessage());
        one.add(SourcePos.file(java.nio.file.Path.of("b.md")), "bad");
        assertEquals("parse: 2 problems", new BuildException("parse", one).getMessage());
    }
}
