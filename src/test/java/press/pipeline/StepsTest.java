package press.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named steps: each announced as it starts, timed in order, and kept even when it fails. */
class StepsTest {
    @Test
    void stepsAreAnnouncedTimedAndKeptInOrderEvenWhenOneFails() {
        List<String> started = new ArrayList<>();
        Steps steps = new Steps(started::add);
        assertEquals("x", steps.time("parse", () -> "x"));
        assertThrows(IllegalStateException.class, () -> steps.time("render", () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(List.of("parse", "render"), started);
        assertEquals(List.of("parse", "render"), steps.steps().stream().map(Steps.Step::name).toList());
        for (String line : steps.lines()) assertTrue(line.matches("(parse|render) \\d+ ms"), line);
        assertTrue(steps.totalMillis() >= 0);
        assertTrue(Steps.cpuNanos() >= 0);
    }
}
