package press.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A post's body as HTML, made when a page asks for it instead of held for the whole build, so a
 * site of 100,000 posts never has every rendered body in memory at once. Two bodies are equal
 * when they are made from the same source (the same {@code key}, e.g. a digest of the file and
 * the Markdown settings), which lets a rebuild tell an unchanged page without rendering it.
 */
public final class PostBody {

    private final String key;
    private final Supplier<String> html; // null for a body read back from a cache: it is made anew (Post.withBody)

    private PostBody(String key, Supplier<String> html) {
        this.key = key;
        this.html = html;
    }

    /** A body whose HTML {@code html} gives on each call to {@link #html()}; {@code key} names its source. */
    public static PostBody lazy(String key, Supplier<String> html) {
        return new PostBody(key, html);
    }

    /** A body known only by its key, as a cache file holds it: it must be made anew before it is rendered, unless its HTML is the key. */
    public static PostBody unmade(String key) {
        return new PostBody(key, null);
    }

    /** A body whose HTML is known already. */
    public static PostBody of(String html) {
        return new PostBody("html:" + html, () -> html);
    }

    /** The HTML, from its supplier (which may read it back from disk or render it). */
    public String html() {
        if (html == null && key.startsWith("html:")) return key.substring(5);
        if (html == null) throw new IllegalStateException("a body read back from a cache must be made anew before it is rendered");
        return html.get();
    }

    /** Whether the HTML is held already ({@link #of}), not rendered when asked for. */
    public boolean isKnown() {
        return key.startsWith("html:");
    }

    /** What the body is made from. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostBody b && b.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    /** The key: what the body is made from, so a digest of a view holding it changes when the body would. */
    @Override
    public String toString() {
        return "PostBody[" + key + "]";
    }
}
