package press.build;

import press.config.SiteConfig;
import press.model.Post;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a long-running process ({@code press serve}) keeps between builds of one site so that a
 * rebuild redoes only what changed: posts parsed from files whose size and modification time
 * are unchanged (with the same settings) are reused, and the output folder is updated in place,
 * rendering only pages whose view changed and touching only files whose bytes changed. The
 * result is the same set of bytes a full build writes. Not shared between sites; one build at a
 * time.
 */
public final class BuildCache {
    record FileKey(long size, long modified) {}

    record Parsed(FileKey key, Post post) {}

    /** Posts parsed with {@link #parsedWith}, by file relative to the site folder. */
    final Map<Path, Parsed> posts = new ConcurrentHashMap<>();
    SiteConfig parsedWith;

    /** The output as last written: its folder, templates fingerprint and, per file, its view or bytes digest. */
    OutputState output;

    record OutputState(Path folder, String templates, Map<String, Object> views, Map<String, String> digests) {}

    /** Whether no build has completed with this cache yet. */
    public boolean isEmpty() {
        return output == null;
    }
}
