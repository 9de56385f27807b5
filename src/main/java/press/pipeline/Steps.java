package press.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times the named steps of a build, for the summary line and for finding where time goes. */
final class Steps {
    private final List<String> lines = new ArrayList<>();
    private final long start = System.nanoTime();

    <T> T time(String name, Supplier<T> step) {
        long t0 = System.nanoTime();
        try {
            return step.get();
        } finally {
            lines.add(name + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    long totalMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
