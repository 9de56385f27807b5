package press.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Times the named steps of a build, for the summary line and {@code --stats}: wall time, and the
 * CPU time of the whole process during the step (on a shared machine the CPU time is the steadier
 * figure). Tells a listener when each step starts, for a progress line.
 */
final class Steps {
    /** One finished step. */
    record Step(String name, long millis, long cpuMillis) {}

    private final List<Step> done = new ArrayList<>();
    private final long start = System.nanoTime();
    private final Consumer<String> onStart;

    Steps() {
        this(name -> { });
    }

    Steps(Consumer<String> onStart) {
        this.onStart = onStart;
    }

    <T> T time(String name, Supplier<T> step) {
        onStart.accept(name);
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        try {
            return step.get();
        } finally {
            done.add(new Step(name, (System.nanoTime() - t0) / 1_000_000, (cpuNanos() - c0) / 1_000_000));
        }
    }

    List<String> lines() {
        return done.stream().map(s -> s.name() + " " + s.millis() + " ms").toList();
    }

    List<Step> steps() {
        return List.copyOf(done);
    }

    long totalMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The CPU time of this process so far, or 0 where the JVM cannot tell. */
    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The most heap in use at any point so far (the pools' peaks summed: an upper bound). */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
