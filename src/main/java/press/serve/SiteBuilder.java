package press.serve;

import press.problem.BuildException;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One rebuild of the site into the served output folder. The server calls it on start and after
 * every burst of saves; {@code press serve} wires it to {@code Build.run}, tests to a fake.
 */
@FunctionalInterface
public interface SiteBuilder {
    /**
     * Builds the site.
     *
     * @throws BuildException when the input has problems; the output folder must then be left as it was
     */
    void build();

    /**
     * Writes pages ahead of the full build that follows, when the change allows it: the pages of
     * just-edited posts (the files in {@code changed}, absolute), or after a template edit the open
     * pages ({@code open}: output files such as {@code posts/a/index.html}) that are posts. An edit
     * then shows before the rest of the site is rebuilt. Returns the output paths written; none by
     * default. Must leave the output as it was when it returns none, and never throw for bad input.
     */
    default List<String> preview(Set<Path> changed, Set<String> open) {
        return List.of();
    }

    /**
     * Whether the last good {@link #build} changed any file of the output; when it changed none
     * (an edit already written ahead, a save that changes no page), open pages need not reload.
     */
    default boolean changedOutput() {
        return true;
    }
}
