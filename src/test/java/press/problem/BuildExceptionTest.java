package press.problem;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A stage's problems as a message and as printed lines, capped with a count of the rest. */
class BuildExceptionTest {
    @Test
    void oneProblemIsItsLine() {
        BuildException e = BuildException.single("parse", SourcePos.of(Path.of("content/a.md"), 1, 2), "bad, expected good");
        assertEquals("parse: 1 problem", e.getMessage());
        assertEquals(List.of("content/a.md:1:2: bad, expected good"), e.lines());
    }

    @Test
    void linesAreSortedAndCappedWithACountOfTheRest() {
        Problems p = new Problems();
        for (int i = Problems.CAP + 2; i >= 1; i--) p.add(SourcePos.of(Path.of("content/a.md"), i, 1), "problem " + i);
        BuildException e = new BuildException("parse", p);
        assertEquals("parse: " + (Problems.CAP + 2) + " problems", e.getMessage());
        List<String> lines = e.lines();
        assertEquals(Problems.CAP + 1, lines.size());
        assertEquals("content/a.md:1:1: problem 1", lines.get(0));
        assertEquals("content/a.md:" + Problems.CAP + ":1: problem " + Problems.CAP, lines.get(Problems.CAP - 1));
        assertEquals("... and 2 more problems", lines.get(Problems.CAP));
        p.add(SourcePos.file(Path.of("content/z.md")), "one more");
        assertEquals("... and 3 more problems", new BuildException("parse", p).lines().get(Problems.CAP));
    }

    @Test
    void oneLeftOutIsOneProblem() {
        Problems p = new Problems();
        for (int i = 0; i <= Problems.CAP; i++) p.add(SourcePos.of(Path.of("content/a.md"), i + 1, 1), "x");
        assertEquals("... and 1 more problem", new BuildException("parse", p).lines().get(Problems.CAP));
    }
}
