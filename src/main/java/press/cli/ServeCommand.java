package press.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import press.pipeline.Build;
import press.pipeline.BuildCache;
import press.pipeline.BuildOptions;
import press.serve.BuildState;
import press.serve.PreviewServer;
import press.serve.ServeSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it for preview, and rebuild and reload open pages on every save.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteFolder siteFolder = new SiteFolder();

    @Mixin
    BuildScope scope = new BuildScope();

    @Mixin
    OutputFolder outFolder = new OutputFolder();

    @Option(names = "--host", description = "Address to listen on. Default: 127.0.0.1 (this machine only).")
    String host = ServeSettings.LOOPBACK;

    @Option(names = "--port", description = "Port; 0 picks a free one. Default: 1313.")
    int port = 1313;

    @Mixin
    ScheduleOptions scheduling = new ScheduleOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path src = siteFolder.source.toAbsolutePath().normalize();
        Path output = (outFolder.out == null ? src.resolve("site") : outFolder.out).toAbsolutePath().normalize();
        PrintStream err = System.err;
        if (!scope.valid("press serve", new java.io.PrintWriter(err, true))) return Main.USAGE;
        Clock clock;
        try {
            clock = clock(System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            err.println("press serve: " + e.getMessage());
            return Main.USAGE;
        }
        press.model.Schedule schedule = schedule(clock);
        returnIdleMemory();
        PreviewServer server;
        // one cache for the whole session: rebuilds re-parse changed files only and update the output in place
        BuildCache cache = new BuildCache();
        try {
            server = PreviewServer.start(ServeSettings.of(output, src, host, port),
                    baseUrl -> builder(new BuildOptions(src, output, baseUrl, scope.drafts, scope.threads, schedule), cache, err),
                    state -> report(state, err));
        } catch (BindException | UnknownHostException e) {
            err.println("press: cannot listen on " + host + ":" + port + ": " + e.getMessage() + "; try another --port or --host");
            return Main.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "press-serve-stop"));
        System.out.println("press: serving " + output + " at " + server.url() + " (Ctrl-C to stop)");
        System.out.println("  now: " + clock.shown());
        System.out.flush();
        server.awaitClose();
        return Main.OK;
    }

    /** The "now" of every build of this session: {@code --now}, else {@code epoch} (SOURCE_DATE_EPOCH), as for build. */
    Clock clock(String epoch) {
        return scheduling.clock(epoch);
    }

    /** What scheduled content the builds leave out, as {@code press build} with the same options would. */
    press.model.Schedule schedule(Clock clock) {
        return scheduling.schedule(clock);
    }

    /** The server's builder: {@link #build} for a full build, and the pages of just-edited posts written ahead of it (as Hugo's fast render). */
    static press.serve.SiteBuilder builder(BuildOptions options, BuildCache cache, PrintStream err) {
        return new press.serve.SiteBuilder() {
            @Override
            public void build() {
                ServeCommand.build(options, cache, err);
            }

            @Override
            public java.util.List<String> preview(java.util.Set<Path> changed, java.util.Set<String> open) {
                return Build.preview(cache, changed, open);
            }

            @Override
            public boolean changedOutput() {
                return cache.lastBuildChangedOutput();
            }
        };
    }

    /** Rebuilds run inside a warm JVM; the first good build is followed by this many no-change rebuilds to warm it. */
    private static final int WARM_UP_REBUILDS = 2;

    /**
     * One build for the server; its warnings go to the terminal. After the first good build, two rebuilds with nothing changed
     * (they write nothing) run the rebuild path's code often enough for the JIT to compile it,
     * so the first saves are as quick as later ones.
     */
    static void build(BuildOptions options, BuildCache cache, PrintStream err) {
        boolean first = cache.isEmpty();
        // what press build says as warnings (skipped files, unknown shortcodes) the preview says too, once per build
        Build.run(options, cache).warnings().forEach(w -> err.println("warning: " + w));
        if (first) for (int i = 0; i < WARM_UP_REBUILDS; i++) Build.run(options, cache);
    }

    /**
     * A preview server sits idle most of the time. G1 keeps the heap it grew to during a burst of
     * rebuilds unless it collects while idle, so ask it to (every minute of quiet) and give the
     * memory back; an explicit -XX:G1PeriodicGCInterval wins. Other collectors are left alone.
     */
    private static void returnIdleMemory() {
        try {
            var vm = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (vm != null && "0".equals(vm.getVMOption("G1PeriodicGCInterval").getValue())) vm.setVMOption("G1PeriodicGCInterval", "60000");
        } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            // not G1 or not HotSpot: nothing to tune
        }
    }

    private static void report(BuildState state, PrintStream err) {
        if (!state.ahead().isEmpty()) {
            err.println("press: wrote " + String.join(", ", state.ahead()) + " ahead of the rebuild (generation " + state.generation() + ")");
        } else if (state.failed()) {
            for (String line : state.problems()) err.println(line);
            err.println("press: build failed; still serving the last good site");
        } else {
            err.println("press: built (generation " + state.generation() + ")");
        }
        err.flush();
    }
}
