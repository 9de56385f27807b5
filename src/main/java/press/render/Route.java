package press.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

/** One output file, decided before anything is rendered. {@code path} is relative to the output folder, with forward slashes. */
public sealed interface Route {
    String path();

    /**
     * An HTML page rendered from a Mustache template; {@code lastmod} null keeps it out of the
     * sitemap. The view is made when the page is rendered, so a plan of 100,000 pages does not
     * hold 100,000 views. {@code key}, when not null, gives a digest of everything the view is
     * made from without making it ({@link RouteKey}): a writer that has the page from an equal key
     * keeps it without making the view.
     */
    record Page(String path, String template, Supplier<Object> view, LocalDate lastmod, Supplier<String> key) implements Route {
        public Page(String path, String template, Supplier<Object> view, LocalDate lastmod) {
            this(path, template, view, lastmod, null);
        }
    }

    /**
     * What a writer is given in place of a page's view when the page has a key: the key's digest
     * stands for the view (a record of its own, so it never equals a view's digest).
     */
    record Key(String inputs) implements press.digest.Keyed {}

    /**
     * A file whose bytes are computed from the site (sitemap, feed, robots.txt): when it is written
     * for a lazy one (the feeds, made in parallel with the pages), so call {@link #bytes()} once.
     * {@code view}, when not null, names everything the bytes are made from, as a page's view does:
     * an in-place update ({@code press serve}) does not make them again while it is unchanged.
     */
    record Data(String path, Supplier<byte[]> content, Supplier<Object> view) implements Route {
        public Data(String path, byte[] bytes) {
            this(path, () -> bytes, null);
        }

        public Data(String path, Supplier<byte[]> content) {
            this(path, content, null);
        }

        public byte[] bytes() {
            return content.get();
        }
    }

    /** A static asset copied as is. */
    record Copy(String path, Path from) implements Route {}
}
