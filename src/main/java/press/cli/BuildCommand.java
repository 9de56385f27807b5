package press.cli;

import press.problem.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.pipeline.Build;
import press.pipeline.BuildCache;
import press.pipeline.Progress;
import press.pipeline.BuildOptions;
import press.pipeline.BuildResult;
import press.problem.BuildException;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build a site folder (content/ + templates/) into its output folder. "
                + "On any problem nothing is written and the previous output stays as it was.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteFolder siteFolder = new SiteFolder();

    @Mixin
    BuildScope scope = new BuildScope();

    @Mixin
    OutputFolder outFolder = new OutputFolder();

    @Mixin
    SiteTarget siteTarget = new SiteTarget();


    @Mixin
    ScheduleOptions scheduling = new ScheduleOptions();
    @Option(names = "--folder", description = "write a plain folder swapped in whole instead of a release (for hosts that cannot follow symlinks; "
            + "site.yaml: output: {mode: folder})")
    boolean folder;


    @Option(names = "--clean", description = "ignore the cache in <source>/" + BuildCache.FOLDER + " and build everything (the cache is written afresh)")
    boolean clean;

    @Option(names = "--no-cache", description = "neither read nor write the cache (a one-off build)")
    boolean noCache;

    @Option(names = "--stats", description = "print per-step wall and CPU time, pages rendered, files, bytes, posts reused and peak heap")
    boolean stats;

    @Option(names = "--progress", paramLabel = "WHEN", description = "progress display for builds over 2 s: auto (a line on a terminal, plain lines otherwise), never")
    String progress = "auto";

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!scope.valid("press build", err)) return Main.USAGE;
        if (!progress.equals("auto") && !progress.equals("never")) {
            err.println("press build: --progress must be auto or never, got \"" + progress + "\"");
            return Main.USAGE;
        }
        Path target = siteFolder.output(outFolder.out);
        Clock clock;
        try {
            clock = scheduling.clock(System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            err.println("press build: " + e.getMessage());
            return Main.USAGE;
        }
        Path cacheDir = siteFolder.source.resolve(BuildCache.FOLDER);
        List<String> warnings = new ArrayList<>();
        // -Dpress.cache=off: the same as --no-cache, for harnesses that time clean builds with a fixed command line
        BuildCache cache = noCache || "off".equals(System.getProperty("press.cache")) ? null
                : clean ? BuildCache.fresh(cacheDir) : BuildCache.load(cacheDir, warnings);
        warnings.forEach(w -> err.println("warning: " + w));
        try {
            BuildResult r;
            BuildOptions options = new BuildOptions(siteFolder.source, target, siteTarget.baseUrl, scope.drafts, scope.threads,
                    scheduling.schedule(clock), folder ? "folder" : null, siteTarget.env);
            try (ProgressLine line = progress.equals("never") ? null : new ProgressLine(err, System.console() != null)) {
                r = Build.run(options, cache, line == null ? Progress.NONE : line);
            }
            long t0 = System.nanoTime();
            long c0 = StatsTable.processCpuNanos();
            try {
                if (cache != null) cache.save(cacheDir);
            } catch (IOException | RuntimeException e) {
                err.println("warning: could not save the build cache in " + cacheDir + ": " + e.getMessage() + "; the next build starts afresh");
            }
            r.warnings().forEach(w -> err.println("warning: " + w));
            if (r.stats() != null && r.stats().upToDate()) {
                stdout.println(String.format(Locale.ROOT, "up to date: nothing changed since the last build (%s, %s) in %s; checked in %.2f s",
                        Counted.of(r.pages(), "page"), Counted.of(r.files(), "file"), target, r.millis() / 1000.0));
            } else {
                stdout.println(String.format(Locale.ROOT, "built %s, %s (%s, %s%s) in %.2f s into %s",
                        Counted.of(r.pages(), "page"), Counted.of(r.files(), "file"), Counted.of(r.posts(), "post"),
                        r.contentPages() > 0 ? Counted.of(r.contentPages(), "content page") + ", " : "", Counted.of(r.terms(), "term"),
                        r.millis() / 1000.0, target));
            }
            if (r.skipped() > 0) stdout.println("  skipped " + Counted.of(r.skipped(), "content file") + ", each named in a warning above");
            stdout.println("  steps: " + String.join(", ", r.stageTimings()));
            stdout.println("  now: " + clock.shown());
            if (r.release() != null) stdout.println("  live release: " + r.release());
            // the cache is saved after the build, on press's time too: --stats shows it as a step of its own
            if (stats) StatsTable.print(r, cache == null ? null : new BuildResult.Step("cache save", (System.nanoTime() - t0) / 1_000_000,
                    (StatsTable.processCpuNanos() - c0) / 1_000_000), stdout);
            stdout.flush();
            err.flush();
            return Main.OK;
        } catch (BuildException e) {
            e.lines().forEach(err::println);
            err.println("press build: failed, " + Counted.of(e.problems().total(), "problem") + "; " + target + " was left as it was");
            err.flush();
            return Main.PROBLEMS;
        }
    }
}
