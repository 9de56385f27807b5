package press.cli;

import org.junit.jupiter.api.Test;
import press.render.HeaderRules;
import press.testing.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code press headers}: --nginx is required (there is no other format yet), and the snippet is printed exactly, nothing else. */
class HeadersCommandTest {
    @Test
    void nginxPrintsTheSnippetAndNothingElse() {
        CliRun r = CliRun.of("headers", "--nginx");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(HeaderRules.nginx(), r.out());
        assertEquals("", r.err());
    }

    @Test
    void withoutAFormatItIsAUsageErrorThatNamesTheOption() {
        CliRun r = CliRun.of("headers");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("press: Missing required option: '--nginx'\nUsage: press headers "), r.err());
        assertEquals("", r.out());
    }
}
