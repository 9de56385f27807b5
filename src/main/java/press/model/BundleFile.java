package press.model;

/**
 * A file beside a post or page in its folder ({@code content/posts/x/diagram.png} beside
 * {@code x/index.md}), copied next to that page's output.
 *
 * @param path   the output path ({@code posts/<slug>/diagram.png})
 * @param source the file, relative to the site folder
 */
public record BundleFile(String path, String source) {}
