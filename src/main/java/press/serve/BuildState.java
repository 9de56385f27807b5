package press.serve;

import java.util.List;

/**
 * The outcome of the latest build. {@code generation} grows by one after every build, good or
 * bad, and after pages written ahead of a build, so a page that knows the generation it was
 * served with can tell whether it is stale.
 *
 * @param problems empty after a good build; the problem lines ({@code path:line:col: ...}) otherwise
 * @param ahead    the pages of just-edited posts written ahead of the full build ({@link SiteBuilder#preview}),
 *                 which is still to come; empty for a build
 */
public record BuildState(long generation, List<String> problems, List<String> ahead) {
    public BuildState {
        problems = List.copyOf(problems);
        ahead = List.copyOf(ahead);
    }

    /** The state after a build. */
    public BuildState(long generation, List<String> problems) {
        this(generation, problems, List.of());
    }

    public boolean failed() {
        return !problems.isEmpty();
    }
}
