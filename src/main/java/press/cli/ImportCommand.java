package press.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import press.importer.ImportOptions;
import press.importer.ImportReport;
import press.importer.Importer;
import press.config.ConfigLoader;
import press.config.SiteConfig;
import press.problem.Problem;
import press.problem.Problems;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the old alphanode site's exported pages (plain text) as posts.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Export pages, or folders walked for *.txt.")
    List<Path> inputs;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "content/posts",
            description = "Folder the posts are written to (default: ${DEFAULT-VALUE}).")
    Path into;

    @Option(names = "--force", description = "Overwrite posts that were edited since they were imported.")
    boolean force;

    @Option(names = "--dry-run", description = "Report what would be done; write nothing.")
    boolean dryRun;

    @Option(names = "--tags-from", paramLabel = "FIELD",
            description = "Meta field whose values become the post's tags (default: import.tags_from of the site's content/site.yaml, else tools).")
    String tagsFrom;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Site folder whose content/site.yaml gives the import settings (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--default-date", paramLabel = "YYYY-MM-DD", defaultValue = "2000-01-01",
            description = "Date of a page without 'revision last reviewed' (default: ${DEFAULT-VALUE}).")
    String defaultDate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate fallback;
        try {
            fallback = LocalDate.parse(defaultDate);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--default-date: \"" + defaultDate + "\" is not a date, expected YYYY-MM-DD");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (tagsFrom == null) {
            Problems problems = new Problems();
            SiteConfig config = ConfigLoader.load(source, problems);
            if (!problems.isEmpty()) {
                problems.sorted().forEach(err::println);
                err.flush();
                return Main.PROBLEMS;
            }
            tagsFrom = config.importer().tagsFrom();
        }
        ImportReport report = Importer.run(inputs, into, force, dryRun, new ImportOptions(tagsFrom, fallback));
        for (ImportReport.Outcome o : report.files()) {
            for (Problem p : o.problems()) err.println(p);
            err.flush();
            if (o.action() != ImportReport.Action.NO_PAGES) out.println(report.actionLine(o));
            out.flush();
        }
        out.println(report.summary());
        out.flush();
        return report.exitCode() == 0 ? Main.OK : Main.PROBLEMS;
    }
}
