package press.cli;

import press.pipeline.BuildResult;

import java.io.PrintWriter;
import java.util.Locale;

/** What {@code press build --stats} prints after the summary. */
final class StatsTable {
    private StatsTable() {}

    static void print(BuildResult r, PrintWriter out) {
        BuildResult.Stats s = r.stats();
        out.println("  step            wall ms    cpu ms");
        long wall = 0;
        long cpu = 0;
        for (BuildResult.Step step : s.steps()) {
            out.println(String.format(Locale.ROOT, "  %-14s %8d  %8d", step.name(), step.millis(), step.cpuMillis()));
            wall += step.millis();
            cpu += step.cpuMillis();
        }
        out.println(String.format(Locale.ROOT, "  %-14s %8d  %8d", "total", wall, cpu));
        out.println(String.format(Locale.ROOT, "  pages %d (rendered %d), files %d, bytes %d, posts reused from cache %d, peak heap %d MB",
                r.pages(), s.rendered(), r.files(), s.bytes(), s.postsReused(), s.peakHeap() / (1024 * 1024)));
    }
}
