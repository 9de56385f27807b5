package press.cli;

import press.pipeline.Progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Shows how a long build goes, once it has run for {@link #QUIET_MILLIS}: on a terminal one line
 * rewritten in place ({@code press: render+write 6200/13868 files, 12.3 s}), elsewhere (a log, CI)
 * a plain line every few seconds. Quick builds print nothing. Goes to standard error, so the
 * summary on standard output stays as it is.
 */
final class ProgressLine implements Progress, AutoCloseable {
    static final long QUIET_MILLIS = 2000;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> ticks;
    private volatile String step = "start";
    private volatile int done;
    private volatile int total;
    private boolean shown;

    ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "press-progress");
            t.setDaemon(true);
            return t;
        });
        long every = terminal ? 250 : 5000;
        this.ticks = timer.scheduleAtFixedRate(this::show, QUIET_MILLIS, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void step(String name) {
        step = name;
        done = 0;
        total = 0;
    }

    @Override
    public void files(int done, int total) {
        this.done = done;
        this.total = total;
    }

    synchronized void show() { // package-private: a test shows a line without waiting for the timer
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = total > 0
                ? String.format(Locale.ROOT, "press: %s %d/%d %s, %.1f s", step, done, total, total == 1 ? "file" : "files", seconds)
                : String.format(Locale.ROOT, "press: %s, %.1f s", step, seconds);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
        shown = true;
    }

    /** Stops the display and clears the terminal line, so the summary starts on a clean line. */
    @Override
    public synchronized void close() {
        ticks.cancel(false);
        timer.shutdownNow();
        if (terminal && shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
