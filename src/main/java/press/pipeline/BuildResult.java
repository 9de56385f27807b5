package press.pipeline;

import java.util.List;

/**
 * What a successful build did: HTML pages written, all files, posts, content pages (not posts),
 * content files skipped (each has a warning), terms, per-stage timings, warnings, and the release
 * id it switched to (null in folder mode).
 *
 * @param stats the figures {@code press build --stats} prints
 */
public record BuildResult(int pages, int files, int posts, int contentPages, int skipped, int terms, long millis,
                          List<String> stageTimings, List<String> warnings, Stats stats, String release) {

    /**
     * @param steps      per step: name, wall and process CPU milliseconds
     * @param rendered   pages rendered (a rebuild in place skips pages whose view is unchanged)
     * @param bytes      bytes of every output file
     * @param postsReused posts taken from the cache of a long-running process instead of parsed
     * @param peakHeap   the heap pools' peak use summed, in bytes (an upper bound on the peak heap)
     * @param upToDate   nothing changed since the build saved in the cache: nothing was built or written
     */
    public record Stats(List<Step> steps, int rendered, long bytes, int postsReused, long peakHeap, boolean upToDate) {}

    public record Step(String name, long millis, long cpuMillis) {}
}
