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
    private final Supplier<String> html;

    private PostBody(String key, Supplier<String> html) {
        this.key = key;
        this.html = html;
    }

    /** A body rendered on each call to {@link #html()}; {@code key} names its source. */
    public static PostBody lazy(String key, Supplier<String> html) {
        return new PostBody(key, html);
    }

    /** A body whose HTML is known already. */
    public static PostBody of(String html) {
        return new PostBody("html:" + html, () -> html);
    }

    /** The HTML, rendered again on each call (callers that need it twice keep it). */
    public String html() {
        return html.get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostBody b && b.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return "PostBody[" + (key.length() > 40 ? key.substring(0, 40) + "..." : key) + "]";
    }
}
