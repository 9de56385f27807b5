package press.cli;

import press.problem.Counted;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.config.ConfigLoader;
import press.config.ConfigMigration;
import press.config.ConfigVersion;
import press.problem.BuildException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

@Command(name = "config", mixinStandardHelpOptions = true, description = "Work on content/site.yaml.",
        subcommands = {ConfigCommand.Migrate.class, CommandLine.HelpCommand.class})
final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: migrate");
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Rewrite content/site.yaml for this press: renamed keys get their new names and version: is set. "
                    + "Comments, order and formatting stay; running it again changes nothing.")
    static final class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--source", paramLabel = "DIR", description = "site folder holding content/site.yaml (default: .)")
        Path source = Path.of(".");

        @Option(names = "--dry-run", description = "print the changes, write nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path file = source.resolve(ConfigLoader.FILE);
            if (!Files.isRegularFile(file)) {
                out.println("press config migrate: no " + ConfigLoader.FILE + " in " + source + ", nothing to migrate (the defaults are version "
                        + ConfigVersion.CURRENT + ")");
                out.flush();
                return Main.OK;
            }
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                ConfigMigration.Result r = ConfigMigration.migrate(Path.of(ConfigLoader.FILE), text);
                if (!r.problems().isEmpty()) {
                    new BuildException("config migrate", r.problems()).lines().forEach(err::println);
                    err.println("press config migrate: " + Counted.of(r.problems().total(), "problem") + "; " + ConfigLoader.FILE + " was left as it was");
                    err.flush();
                    return Main.PROBLEMS;
                }
                if (r.changes().isEmpty()) {
                    out.println("press config migrate: " + ConfigLoader.FILE + " is up to date (version " + ConfigVersion.CURRENT + ")");
                    out.flush();
                    return Main.OK;
                }
                r.changes().forEach(out::println);
                if (dryRun) {
                    out.println("press config migrate --dry-run: " + r.changes().size() + " change(s) to make, nothing written");
                } else {
                    Path tmp = file.resolveSibling(".site.yaml.migrate-tmp");
                    Files.writeString(tmp, r.text(), StandardCharsets.UTF_8);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    out.println("press config migrate: " + r.changes().size() + " change(s) written to " + ConfigLoader.FILE);
                }
                out.flush();
                return Main.OK;
            } catch (IOException e) {
                err.println("press config migrate: cannot read or write " + file + ": " + e.getMessage());
                err.flush();
                return Main.PROBLEMS;
            }
        }
    }
}
