package press.config;

import org.junit.jupiter.api.Test;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code version:} of site.yaml: absent or current reads on, a bad one is a problem, a newer one stops the read. */
class ConfigVersionTest {
    private static List<String> check(String yaml, boolean goesOn) {
        Problems problems = new Problems();
        LocatedYaml y = LocatedYaml.parse(Path.of("content/site.yaml"), LocatedYaml.Format.YAML, yaml, 0, problems);
        boolean result = ConfigVersion.check(new NodeReader(y, problems));
        assertEquals(goesOn, result, yaml);
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void absentOrCurrentIsFine() {
        assertEquals(List.of(), check("title: x\n", true));
        assertEquals(List.of(), check("version: null\n", true));
        assertEquals(List.of(), check("version: " + ConfigVersion.CURRENT + "\n", true));
    }

    @Test
    void aVersionThatIsNoWholeNumberIsAProblemButTheRestIsRead() {
        assertEquals(List.of("content/site.yaml:1:10: version: expected a whole number from 1 to 1 (the config version), got \"one\""),
                check("version: one\n", true));
        assertEquals(List.of("content/site.yaml:1:10: version: expected a whole number from 1 to 1 (the config version), got the number 0"),
                check("version: 0\n", true));
        assertEquals(List.of("content/site.yaml:1:10: version: expected a whole number from 1 to 1 (the config version), got the number 1.5"),
                check("version: 1.5\n", true));
    }

    @Test
    void aNewerVersionStopsTheRead() {
        assertEquals(List.of("content/site.yaml:1:10: version: this file is config version 2, this press reads config version 1 and older, "
                + "expected version 1 or a newer press"), check("version: 2\n", false));
        assertFalse(check("version: 99\n", false).isEmpty());
        assertTrue(ConfigVersion.CURRENT >= 1);
    }
}
