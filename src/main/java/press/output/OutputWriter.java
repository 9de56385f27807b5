package press.output;

import java.nio.file.Path;

/**
 * Where a build's files go. Two strategies share this interface and the same path checks
 * ({@link OutputPaths}): {@link OutputFolder} writes a complete new folder and swaps it in;
 * {@link OutputUpdate} updates a folder written by an earlier build in place, writing only what
 * changed. Either way nothing reaches the target before {@link #commit()}, so a build that fails
 * leaves the old output exactly as it was. Writes are safe from many threads.
 */
public interface OutputWriter extends AutoCloseable {
    /**
     * Whether the page at {@code path} must be rendered: false when it was written from an equal
     * {@code view} by the last build (its bytes are kept as they are).
     */
    boolean needsRender(String path, Object view);

    /**
     * Whether {@link #needsRender} looks at its view at all: a fresh folder or release with nothing
     * to compare with and nothing to remember renders every page, so the caller need not make a
     * page's key or a feed's view for it (about 4 % of a clean build's CPU).
     */
    default boolean usesViews() {
        return true;
    }

    /** Writes one file; {@code path} uses forward slashes and must stay inside the folder. */
    void write(String path, byte[] bytes);

    /** Copies a static file to {@code path}. */
    void copy(String path, Path from);

    /** Puts the new output in place of the old one; files not written or kept this build are gone after it. */
    void commit();

    /** Throws away whatever was not committed; the old output stays as it was. */
    @Override
    void close();
}
