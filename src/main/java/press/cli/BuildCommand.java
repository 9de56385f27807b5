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

    @Option(names = "--env", paramLabel = "NAME", description = "an environment of site.yaml (environments: {NAME: {base_url, drafts, noindex}})")
    String env;

    @Option(names = "--folder", description = "write a plain folder swapped in whole instead of a release (for hosts that cannot follow symlinks; "
            + "site.yaml: output: {mode: folder})")
    boolean folder;

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
        try {
            BuildResult r = Build.run(new BuildOptions(source, target, baseUrl, drafts, threads, folder ? "folder" : null, env));
            stdout.println(String.format(Locale.ROOT, "built %d pages, %d files (%d posts, %d terms) in %.2f s into %s",
                    r.pages(), r.files(), r.posts(), r.terms(), r.millis() / 1000.0, target));
            stdout.println("  steps: " + String.join(", ", r.stageTimings()));
            if (r.release() != null) stdout.println("  live release: " + r.release());
            r.warnings().forEach(w -> err.println("warning: " + w));
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
