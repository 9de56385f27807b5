package press.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every file of {@code content/}, sorted, in the role the scan gave it. All paths are relative to the site folder.
 *
 * @param posts     Markdown files of dated sections ({@code content/posts/}, Jekyll's {@code content/_posts/})
 * @param pages     every other Markdown file, {@code _index} files included
 * @param bundles   files beside a page or post in its bundle folder, each to the {@code index} (or {@code _index}) file it belongs to
 * @param skipped   files press cannot use, each with the reason (the build warns about each)
 * @param hugo      whether the folder is a Hugo site's ({@link ContentScanner#hugoShaped}): its page paths are then lower case, as Hugo's
 */
public record ContentFiles(List<Path> posts, List<Path> pages, Map<Path, Path> bundles, Map<Path, String> skipped, boolean hugo) {
    public ContentFiles(List<Path> posts, List<Path> pages, Map<Path, Path> bundles, Map<Path, String> skipped) {
        this(posts, pages, bundles, skipped, false);
    }
}
