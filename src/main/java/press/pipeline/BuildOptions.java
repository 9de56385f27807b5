package press.pipeline;

import press.model.Schedule;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param source   the site folder (holds {@code content/} and {@code templates/})
 * @param out      the output folder, replaced as a whole at the end of a successful build
 * @param baseUrl  overrides {@code base_url} of site.yaml when not null
 * @param drafts   include posts with {@code draft: true}
 * @param threads  worker threads for parsing and rendering (output is the same for any count)
 * @param schedule the "now" that {@code publishDate} and {@code expiryDate} are judged against
 * @param output   {@code releases} or {@code folder} (see {@code output.mode} of site.yaml); null: site.yaml decides
 * @param env      an entry of {@code environments:} in site.yaml (its base_url, drafts, noindex), or null
 */
public record BuildOptions(Path source, Path out, String baseUrl, boolean drafts, int threads, Schedule schedule, String output, String env) {

    /** A build into a plain folder, swapped in whole (the mode of library callers and {@code press serve}). */
    public BuildOptions(Path source, Path out, String baseUrl, boolean drafts, int threads) {
        this(source, out, baseUrl, drafts, threads, Schedule.NONE, "folder", null);
    }

    /** A plain-folder build judging scheduled content against {@code schedule}. */
    public BuildOptions(Path source, Path out, String baseUrl, boolean drafts, int threads, Schedule schedule) {
        this(source, out, baseUrl, drafts, threads, schedule, "folder", null);
    }

    /** A build in output mode {@code output} for environment {@code env}, showing all scheduled content. */
    public BuildOptions(Path source, Path out, String baseUrl, boolean drafts, int threads, String output, String env) {
        this(source, out, baseUrl, drafts, threads, Schedule.NONE, output, env);
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), null, false, Runtime.getRuntime().availableProcessors());
    }
}
