package press.serve;

import java.util.List;

/**
 * The outcome of the latest build. {@code generation} grows by one after every build, good or
 * bad, so a page that knows the generation it was served with can tell whether it is stale.
 *
 * @param problems empty after a good build; the problem lines ({@code path:line:col: ...}) otherwise
 */
public record BuildState(long generation, List<String> problems) {
    public BuildState {
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return !problems.isEmpty();
    }
}
