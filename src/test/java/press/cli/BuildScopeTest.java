package press.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --drafts} and {@code --threads}: their defaults, and the one range check, worded with the command's name. */
class BuildScopeTest {
    private static BuildScope parse(String... args) {
        BuildScope scope = new BuildScope();
        new CommandLine(scope).parseArgs(args);
        return scope;
    }

    @Test
    void defaultsAreNoDraftsAndOneThreadPerCore() {
        BuildScope scope = parse();
        assertFalse(scope.drafts);
        assertEquals(Runtime.getRuntime().availableProcessors(), scope.threads);
        BuildScope given = parse("--drafts", "--threads", "3");
        assertTrue(given.drafts);
        assertEquals(3, given.threads);
    }

    @Test
    void oneThreadIsEnoughAndFewerIsRefusedInTheCommandsName() {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text, true);
        assertTrue(parse("--threads", "1").valid("press x", err));
        assertEquals("", text.toString(), "nothing said when valid");
        assertFalse(parse("--threads", "0").valid("press similar", err));
        assertFalse(parse("--threads", "-4").valid("press serve", err));
        assertEquals("press similar: --threads must be 1 or more\npress serve: --threads must be 1 or more\n", text.toString().replace(System.lineSeparator(), "\n"));
    }
}
