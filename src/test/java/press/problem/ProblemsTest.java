package press.problem;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemsTest {

    @Test
    void sortsByFileLineColumnAndPrintsPositions() {
        Problems p = new Problems();
        p.add(SourcePos.of(Path.of("content/posts/b.md"), 3, 1), "b3");
        p.add(SourcePos.of(Path.of("content/posts/a.md"), 10, 2), "a10");
        p.add(SourcePos.of(Path.of("content/posts/a.md"), 2, 7), "a2");
        p.add(SourcePos.file(Path.of("content/site.yaml")), "whole file");
        assertEquals(List.of("content/posts/a.md:2:7: a2", "content/posts/a.md:10:2: a10",
                "content/posts/b.md:3:1: b3", "content/site.yaml: whole file"),
                p.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void samePlaceAndMessageCountsOnce() {
        Problems p = new Problems();
        p.add(new SourcePos("x.md", 1, 1), "m");
        p.add(new SourcePos("x.md", 1, 1), "m");
        p.add(new SourcePos("x.md", 1, 2), "m");
        assertEquals(2, p.total());
    }

    @Test
    void capsShownLinesAndSaysHowManyMore() {
        Problems p = new Problems();
        for (int i = 1; i <= Problems.CAP + 7; i++) p.add(new SourcePos("f.md", i, 1), "bad");
        BuildException e = assertThrows(BuildException.class, () -> p.throwIfAny("parse"));
        List<String> lines = e.lines();
        assertEquals(Problems.CAP + 1, lines.size());
        assertEquals("... and 7 more problems", lines.get(lines.size() - 1));
        assertTrue(lines.get(0).startsWith("f.md:1:1: bad"));
    }

    @Test
    void noProblemsNoThrow() {
        Problems p = new Problems();
        assertDoesNotThrow(() -> p.throwIfAny("any"));
        assertEquals(0, p.total());
        p.add(new SourcePos("x.md", 1, 1), "m");
        assertThrows(BuildException.class, () -> p.throwIfAny("any"), "one problem is enough to throw");
    }
}
