package press.pipeline;

import press.content.PostSource;
import press.output.OutputMemory;

/**
 * What a long-running process ({@code press serve}) keeps between builds of one site, so that a
 * rebuild redoes only what changed: parsed posts ({@code content}) and the last output
 * ({@code output}, updated in place). The result is the same bytes a full build writes. Not
 * shared between sites; one build at a time.
 */
public final class BuildCache {
    final PostSource.Cache posts = new PostSource.Cache();
    final OutputMemory output = new OutputMemory();

    /** Whether no build has completed with this cache yet. */
    public boolean isEmpty() {
        return output.isEmpty();
    }
}
