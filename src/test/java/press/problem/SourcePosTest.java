package press.problem;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a place prints (unknown parts left out, forward slashes) and how places sort (file, then line, then column, as numbers). */
class SourcePosTest {
    @Test
    void unknownLineOrColumnIsLeftOut() {
        assertEquals("content/a.md:3:7", SourcePos.of(Path.of("content/a.md"), 3, 7).toString());
        assertEquals("content/a.md:3", SourcePos.of(Path.of("content/a.md"), 3, 0).toString());
        assertEquals("content/a.md", SourcePos.of(Path.of("content/a.md"), 0, 5).toString(), "a column without a line means nothing");
        assertEquals("content/a.md", SourcePos.file(Path.of("content/a.md")).toString());
        assertEquals("content/a.md", new SourcePos("content/a.md", -1, -1).toString());
    }

    @Test
    void pathsPrintWithForwardSlashes() {
        assertEquals("content/posts/a.md", SourcePos.display(Path.of("content", "posts", "a.md")));
        assertEquals("content/posts/a.md:1:1", new SourcePos(SourcePos.display(Path.of("content\\posts\\a.md")), 1, 1).toString());
    }

    @Test
    void placesSortByFileThenLineThenColumnAsNumbers() {
        List<SourcePos> places = new ArrayList<>(List.of(new SourcePos("b.md", 1, 1), new SourcePos("a.md", 10, 1),
                new SourcePos("a.md", 9, 20), new SourcePos("a.md", 9, 3), new SourcePos("a.md", 0, 0)));
        places.sort(null);
        assertEquals(List.of("a.md", "a.md:9:3", "a.md:9:20", "a.md:10:1", "b.md:1:1"), places.stream().map(SourcePos::toString).toList());
        assertEquals(0, new SourcePos("a.md", 2, 2).compareTo(new SourcePos("a.md", 2, 2)));
        assertTrue(new SourcePos("a.md", 2, 2).compareTo(new SourcePos("a.md", 2, 3)) < 0);
    }
}
