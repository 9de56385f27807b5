package press.cli;

import press.pipeline.BuildResult;

import java.io.PrintWriter;
import java.util.Locale;

/** What {@code press build --stats} prints after the summary. */
final class StatsTable {
    private StatsTable() {}

    /** The CPU time of the whole process so far, in nanoseconds (0 where the JVM cannot tell). */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    static void print(BuildResult r, PrintWriter out) {
        print(r, null, out);
    }

    /** With {@code save} (the build cache saved after the build; null when there was none) as a last step, counted in the total. */
    static void print(BuildResult r, BuildResult.Step save, PrintWriter out) {
        BuildResult.Stats s = r.stats();
        out.println("  step            wall ms    cpu ms");
        long wall = 0;
        long cpu = 0;
        java.util.List<BuildResult.Step> steps = new java.util.ArrayList<>(s.steps());
        if (save != null) steps.add(save);
        for (BuildResult.Step step : steps) {
            out.println(String.format(Locale.ROOT, "  %-14s %8d  %8d", step.name(), step.millis(), step.cpuMillis()));
            wall += step.millis();
            cpu += step.cpuMillis();
        }
        out.println(String.format(Locale.ROOT, "  %-14s %8d  %8d", "total", wall, cpu));
        out.println(String.format(Locale.ROOT, "  pages %d (rendered %d), files %d, bytes %d, posts reused from cache %d, peak heap %d MB",
                r.pages(), s.rendered(), r.files(), s.bytes(), s.postsReused(), s.peakHeap() / (1024 * 1024)));
    }
}
