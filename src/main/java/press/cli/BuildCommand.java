package press.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.pipeline.Build;
import press.pipeline.BuildOptions;
import press.pipeline.BuildResult;
import press.problem.BuildException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build a site folder (content/ + templates/) into its output folder. "
                + "On any problem nothing is written and the previous output stays as it was.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "site folder holding content/ and templates/ (default: .)")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: <source>/site)")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "absolute URL the site is served from; overrides base_url in content/site.yaml")
    String baseUrl;

    @Option(names = "--drafts", description = "include posts marked draft: true")
    boolean drafts;

    @Option(names = "--now", paramLabel = "TIME", description = "the time publishDate and expiryDate are judged against, "
            + "e.g. 2024-05-01T12:00:00Z or 2024-05-01 (default: SOURCE_DATE_EPOCH; without either, they leave nothing out)")
    String now;

    @Option(names = "--future", description = "include content whose publishDate is after --now")
    boolean future;

    @Option(names = "--expired", description = "include content whose expiryDate is before --now")
    boolean expired;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores); output is the same for any count")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (threads < 1) {
            err.println("press build: --threads must be 1 or more");
            return Main.USAGE;
        }
        Path target = out != null ? out : source.resolve("site");
        Clock clock;
        try {
            clock = Clock.of(now, System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            err.println("press build: " + e.getMessage());
            return Main.USAGE;
        }
        try {
            BuildResult r = Build.run(new BuildOptions(source, target, baseUrl, drafts, threads,
                    new press.model.Schedule(clock.now(), future, expired)));
            r.warnings().forEach(w -> err.println("warning: " + w));
            stdout.println(String.format(Locale.ROOT, "built %d pages, %d files (%d posts, %s%d terms) in %.2f s into %s",
                    r.pages(), r.files(), r.posts(), r.contentPages() > 0 ? r.contentPages() + " content pages, " : "", r.terms(),
                    r.millis() / 1000.0, target));
            if (r.skipped() > 0) stdout.println("  skipped " + r.skipped() + " content file(s), each named in a warning above");
            stdout.println("  steps: " + String.join(", ", r.stageTimings()));
            stdout.println("  now: " + clock.shown());
            stdout.flush();
            err.flush();
            return Main.OK;
        } catch (BuildException e) {
            e.lines().forEach(err::println);
            err.println("press build: failed, " + e.problems().total() + " problem(s); " + target + " was left as it was");
            err.flush();
            return Main.PROBLEMS;
        }
    }
}
