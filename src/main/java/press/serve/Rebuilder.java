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
 */
final class Rebuilder {
    private final SiteBuilder builder;
    private final Consumer<BuildState> listener;
    private volatile BuildState state = new BuildState(0, List.of());

    Rebuilder(SiteBuilder builder, Consumer<BuildState> listener) {
        this.builder = builder;
        this.listener = listener;
    }

    BuildState state() {
        return state;
    }

    synchronized BuildState rebuild() {
        return rebuild(Set.of());
    }

    /**
     * Rebuilds after the files in {@code changed} (absolute; empty when not known) changed. After a
     * good build, the builder first writes what it can of the edit ahead ({@link SiteBuilder#preview}):
     * that is a generation of its own, so open pages reload with the edit before the full build ends.
     */
    synchronized BuildState rebuild(Set<Path> changed) {
        if (!state.failed() && state.generation() > 0 && !changed.isEmpty()) {
            List<String> ahead;
            try {
                ahead = builder.preview(changed);
            } catch (RuntimeException e) {
                ahead = List.of(); // the full build that follows reports what is wrong
            }
            if (!ahead.isEmpty()) {
                state = new BuildState(state.generation() + 1, List.of(), ahead);
                listener.accept(state);
            }
        }
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
        BuildState next = new BuildState(state.generation() + 1, problems);
        state = next;
        listener.accept(next);
        return next;
    }
}
