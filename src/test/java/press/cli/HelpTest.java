package press.cli;

import press.testing.CliRun;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press COMMAND --help} for every command press has (read from its picocli model, so a new
 * command is covered without listing it here): exit 0, the usage line, and every option named.
 */
class HelpTest {
    private static final CommandLine PRESS = Main.commandLine();

    private static List<String> commands() {
        return PRESS.getSubcommands().keySet().stream().filter(name -> !name.equals("help")).sorted().toList();
    }

    @TestFactory
    Stream<DynamicTest> everyCommandsHelpNamesItsOptions() {
        assertTrue(commands().size() >= 13, "expected every command, got " + commands());
        return commands().stream().map(name -> DynamicTest.dynamicTest(name + " --help", () -> {
            CliRun r = CliRun.of(name, "--help");
            assertEquals(Main.OK, r.code(), r.err());
            assertTrue(r.out().startsWith("Usage: press " + name), r.out());
            for (CommandLine.Model.OptionSpec option : PRESS.getSubcommands().get(name).getCommandSpec().options()) {
                if (option.hidden()) continue;
                assertTrue(r.out().contains(option.longestName()), name + " --help does not name " + option.longestName() + ":\n" + r.out());
            }
        }));
    }

    @Test
    void pressHelpNamesEveryCommand() {
        CliRun r = CliRun.of("--help");
        assertEquals(Main.OK, r.code());
        for (String name : commands()) assertTrue(r.out().contains("  " + name + " "), "press --help does not name " + name + ":\n" + r.out());
    }
}
