package press.serve;

import org.junit.jupiter.api.Test;

import press.problem.BuildException;
import press.problem.SourcePos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every build, good or bad, is a new generation; a failed one keeps its problem lines, and a crash in the pipeline is one too. */
class RebuilderTest {
    @Test
    void eachBuildIsTheNextGenerationAndIsAnnounced() {
        List<BuildState> heard = new ArrayList<>();
        List<RuntimeException> outcomes = new ArrayList<>(List.of(
                BuildException.single("parse", SourcePos.of(Path.of("content/a.md"), 2, 3), "bad date, expected 2024-01-01"),
                new IllegalStateException("disk full")));
        Rebuilder r = new Rebuilder(() -> {
            if (!outcomes.isEmpty()) {
                RuntimeException next = outcomes.remove(0);
                if (next != null) throw next;
            }
        }, heard::add);
        assertEquals(new BuildState(0, List.of()), r.state(), "nothing built yet");

        BuildState failed = r.rebuild();
        assertEquals(new BuildState(1, List.of("content/a.md:2:3: bad date, expected 2024-01-01")), failed);
        assertTrue(failed.failed());

        BuildState crashed = r.rebuild();
        assertEquals(2, crashed.generation());
        assertEquals(List.of("press: the build failed: java.lang.IllegalStateException: disk full"), crashed.problems());

        BuildState good = r.rebuild();
        assertEquals(new BuildState(3, List.of()), good);
        assertFalse(good.failed());
        assertEquals(good, r.state());
        assertEquals(List.of(failed, crashed, good), heard);
    }
}
