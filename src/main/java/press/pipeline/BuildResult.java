package press.pipeline;

import java.util.List;

/** What a successful build did: HTML pages, all files, posts, terms, per-stage timings, warnings, and the release id it switched to (null in folder mode). */
public record BuildResult(int pages, int files, int posts, int terms, long millis, List<String> stageTimings, List<String> warnings, String release) {}
