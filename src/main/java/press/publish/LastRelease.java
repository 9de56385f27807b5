package press.publish;

import press.output.OutputMemory;
import press.output.OutputPaths;
import press.output.ViewDigest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The release the last {@code press build} of this site committed, as a source of unchanged
 * files for the next one: a page whose view is unchanged is not rendered again, and a file whose
 * bytes are unchanged is not written again; either is hard-linked from the last release into the
 * new one (releases are never changed once committed, so they may share files). The new release
 * is still complete on its own: pruning or deleting the last one leaves it whole.
 */
final class LastRelease {
    private final OutputMemory memory;
    private final String templates;
    private final OutputMemory.Previous previous; // null: nothing to take files from (every page is rendered)
    /** Per page of the new release, the digest of the view it comes from (for the next build); sized as the last release. */
    private final Map<String, String> views;
    /** Pages taken from the last release without rendering: their links were not scanned this build. */
    private final Set<String> unscanned;

    /**
     * @param releasesFolder the site's {@code <out>-releases} folder: only a release in it is taken
     *                       from (a memory of a plain output folder, which later builds change in
     *                       place, is not)
     */
    LastRelease(OutputMemory memory, String templates, Path releasesFolder) {
        this.memory = memory;
        this.templates = templates;
        OutputMemory.Previous p = memory.previous(templates);
        this.previous = p != null && releasesFolder.toAbsolutePath().normalize().equals(p.folder().getParent()) ? p : null;
        // sized for the pages of the last release: growing a map of 15,000 entries from 16 copied it ten times over
        int pages = previous == null ? 16 : previous.digests().size();
        this.views = new ConcurrentHashMap<>(pages * 4 / 3 + 16);
        this.unscanned = ConcurrentHashMap.newKeySet(pages * 4 / 3 + 16);
    }

    /**
     * Whether the page at {@code relative} must be rendered into {@code partial}: false when the last
     * release has it from an equal view, in which case it is now linked there and its digest put in
     * {@code digests}.
     */
    boolean needsRender(PartialRelease partial, String relative, Object view, Map<String, String> digests) {
        String digest = ViewDigest.of(view);
        views.put(relative, digest);
        if (previous == null || !digest.equals(previous.views().get(relative)) || !link(partial, relative, null, digests)) return true;
        unscanned.add(relative);
        return false;
    }

    /**
     * Links the last release's file at {@code relative} into {@code partial} when its bytes have
     * digest {@code digest} (any, when null); false when it cannot. A recycled folder that holds
     * those bytes at that path already keeps its file: nothing is linked.
     */
    boolean link(PartialRelease partial, String relative, String digest, Map<String, String> digests) {
        if (previous == null) return false;
        String last = previous.digests().get(relative);
        if (last == null || (digest != null && !digest.equals(last))) return false;
        try {
            if (!partial.holds(relative, last)) partial.link(relative, OutputPaths.resolve(previous.folder(), relative));
        } catch (FileSystemException | UnsupportedOperationException e) {
            return false; // gone, or a file system without hard links: the caller writes the file
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digests.put(relative, last);
        return true;
    }

    /**
     * The pages taken from the last release whose links the release check must still read: none
     * when every file of the last release is in the new one (its pages' links all named files of
     * the last release, which passed the check) and broken links stop a release; else all of them.
     */
    Set<String> toScan(Set<String> files, boolean brokenLinksWarn) {
        if (previous == null || (!brokenLinksWarn && files.containsAll(previous.digests().keySet()))) return Set.of();
        return Set.copyOf(unscanned);
    }

    /** The folder of the release files are taken from; null when there is none. */
    Path folder() {
        return previous == null ? null : previous.folder();
    }

    /** Remembers the committed release {@code folder} for the next build. */
    void committed(Path folder, Map<String, String> digests) {
        memory.committed(folder, templates, views, digests);
    }
}
