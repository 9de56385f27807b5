package press.pipeline;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param source  the site folder (holds {@code content/} and {@code templates/})
 * @param out     the output folder, replaced as a whole at the end of a successful build
 * @param baseUrl overrides {@code base_url} of site.yaml when not null
 * @param drafts  include posts with {@code draft: true}
 * @param threads worker threads for parsing and rendering (output is the same for any count)
 * @param output  {@code releases} or {@code folder} (see {@code output.mode} of site.yaml); null: site.yaml decides
 * @param env     an entry of {@code environments:} in site.yaml (its base_url, drafts, noindex), or null
 */
public record BuildOptions(Path source, Path out, String baseUrl, boolean drafts, int threads, String output, String env) {

    /** A build into a plain folder, swapped in whole (the mode of library callers and {@code press serve}). */
    public BuildOptions(Path source, Path out, String baseUrl, boolean drafts, int threads) {
        this(source, out, baseUrl, drafts, threads, "folder", null);
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), null, false, Runtime.getRuntime().availableProcessors());
    }
}
