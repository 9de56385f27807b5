package press.serve;

import press.problem.BuildException;

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
}
