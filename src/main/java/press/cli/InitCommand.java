package press.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.scaffold.SiteStarter;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a new site into DIR: content/site.yaml, two posts, an about page and the shipped theme. "
                + "It builds and serves at once.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the new site folder (created if needed)")
    Path dir;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date of the second post (default: today, UTC, or SOURCE_DATE_EPOCH)")
    LocalDate date;

    @Override
    public Integer call() {
        try {
            List<Path> written = SiteStarter.init(dir, date != null ? date : NewCommand.today());
            written.forEach(f -> spec.commandLine().getOut().println("wrote " + dir.resolve(f)));
            spec.commandLine().getOut().println("next: java -jar press.jar serve --source " + dir);
            spec.commandLine().getOut().flush();
            return Main.OK;
        } catch (IllegalStateException | IllegalArgumentException e) { // a folder in use; a SOURCE_DATE_EPOCH that is no number
            spec.commandLine().getErr().println("press init: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        } catch (UncheckedIOException e) { // DIR is a file, or a folder press may not write in
            spec.commandLine().getErr().println("press init: " + WriteFailure.of(e.getCause()) + ", expected a folder to write the site into");
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        }
    }
}
