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
 */
public record BuildOptions(Path source, Path out, String baseUrl, boolean drafts, int threads, Schedule schedule) {

    public BuildOptions(Path source, Path out, String baseUrl, boolean drafts, int threads) {
        this(source, out, baseUrl, drafts, threads, Schedule.NONE);
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), null, false, Runtime.getRuntime().availableProcessors());
    }
}
