package press.pipeline;

import java.util.List;

/**
 * What a successful build did: HTML pages written, all files, posts, content pages (not posts),
 * content files skipped (each has a warning), terms, per-stage timings, and warnings.
 */
public record BuildResult(int pages, int files, int posts, int contentPages, int skipped, int terms, long millis,
                          List<String> stageTimings, List<String> warnings) {}
