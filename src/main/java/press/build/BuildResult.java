package press.build;

import java.util.List;

/** What a successful build did: counts, per-stage timings in milliseconds, and warnings. */
public record BuildResult(int pages, int posts, int terms, long millis, List<String> stageTimings, List<String> warnings) {}
