package press.build;

import press.problem.BuildException;

/** The pipeline. {@link #run} either replaces the output folder with a complete new site or leaves it untouched. */
public final class Build {
    private Build() {}

    /**
     * Builds the site.
     *
     * @throws BuildException with every problem found, when the content or templates are wrong;
     *                        the output folder is then left exactly as it was
     */
    public static BuildResult run(BuildOptions options) {
        throw new UnsupportedOperationException("pipeline lands in the next commit");
    }
}
