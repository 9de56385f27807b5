package press.serve;

import press.problem.BuildException;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs builds one at a time and keeps the latest {@link BuildState}. A failed build keeps the
 * previous output folder (the pipeline guarantees that) and records its problems, so the last
 * good site stays served with the problems on top.
 *
 * <p>Saves reach it through {@link #changed}: what the builder can write of the edit at once
 * ({@link SiteBuilder#preview}) is written then, even while a build runs, and a full build is
 * asked for; the builds run one after another on a thread of their own, and saves made while one
 * runs give one more.
 */
final class Rebuilder implements AutoCloseable {
    private final SiteBuilder builder;
    private final Consumer<BuildState> listener;
    private volatile BuildState state = new BuildState(0, List.of());
    private final Object asked = new Object();
    private boolean pending; // guarded by asked
    private boolean running; // guarded by asked
    private final Object building = new Object();
    private final Object stating = new Object();
    private Thread worker; // started by the first change

    private final java.util.function.Supplier<Set<String>> openPages;

    Rebuilder(SiteBuilder builder, Consumer<BuildState> listener) {
        this(builder, listener, Set::of);
    }

    /** {@code openPages}: the pages open in a browser now (their output files), for a preview after a template edit. */
    Rebuilder(SiteBuilder builder, Consumer<BuildState> listener, java.util.function.Supplier<Set<String>> openPages) {
        this.builder = builder;
        this.listener = listener;
        this.openPages = openPages;
    }

    BuildState state() {
        return state;
    }

    /** Builds now, on the caller's thread (after any build running), and announces the outcome. */
    BuildState rebuild() {
        synchronized (building) {
            List<String> problems;
            try {
                builder.build();
                problems = List.of();
            } catch (BuildException e) {
                problems = e.lines().isEmpty() ? List.of(e.getMessage()) : e.lines();
            } catch (RuntimeException e) {
                // a bug or an IO failure in the pipeline must not take the server down with it
                problems = List.of("press: the build failed: " + e);
            }
            List<String> found = problems;
            // a good build after a good one that changed no file is the same generation: open pages have it already
            boolean same = found.isEmpty() && !builder.changedOutput();
            return announce(s -> new BuildState(same && !s.failed() && s.generation() > 0 ? s.generation() : s.generation() + 1, found));
        }
    }

    /**
     * The files in {@code changed} (absolute; empty when not known) changed. After a good build the
     * builder first writes what it can of the edit ahead: a generation of its own, so open pages
     * reload with the edit before the full build, which is then asked for, ends.
     */
    void changed(Set<Path> changed) {
        BuildState now = state;
        if (!now.failed() && now.generation() > 0 && !changed.isEmpty()) {
            List<String> ahead;
            try {
                ahead = builder.preview(changed, openPages.get());
            } catch (RuntimeException e) {
                ahead = List.of(); // the full build that follows reports what is wrong
            }
            List<String> written = ahead;
            if (!written.isEmpty()) announce(s -> new BuildState(s.generation() + 1, List.of(), written));
        }
        synchronized (asked) {
            pending = true;
            if (worker == null) {
                worker = new Thread(this::buildWhenAsked, "press-serve-build");
                worker.setDaemon(true);
                worker.start();
            }
            asked.notifyAll();
        }
    }

    private void buildWhenAsked() {
        try {
            while (true) {
                synchronized (asked) {
                    while (!pending) asked.wait();
                    pending = false;
                    running = true;
                }
                try {
                    rebuild();
                } finally {
                    synchronized (asked) {
                        running = false;
                        asked.notifyAll();
                    }
                }
            }
        } catch (InterruptedException stop) {
            // closed
        }
    }

    /** The next state, made from the current one and told to the listener under one lock (a build and a preview may end together). */
    private BuildState announce(java.util.function.UnaryOperator<BuildState> next) {
        synchronized (stating) {
            BuildState s = next.apply(state);
            state = s;
            listener.accept(s);
            return s;
        }
    }

    /** Waits until no build is asked for or running on the build thread (tests). */
    void awaitIdle() throws InterruptedException {
        synchronized (asked) {
            while (pending || running) asked.wait();
        }
    }

    @Override
    public void close() {
        synchronized (asked) {
            if (worker != null) worker.interrupt();
        }
    }
}
