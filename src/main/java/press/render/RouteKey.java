package press.render;

import press.digest.ContentHash;

import java.nio.charset.StandardCharsets;

/**
 * The key of a page ({@link Route.Page#key()}): a digest of everything its view is made from,
 * computed from the site model without making the view (no head, JSON-LD or meta box built,
 * nothing walked by reflection). An output writer that finds a page's key equal to the one the
 * last build stored for that path keeps the page without making its view. Each part is
 * length-prefixed, so two different inputs cannot spell the same key. A key is only sound when
 * every input of the view is added to it: {@code RouteKeyTest} checks that equal keys mean equal
 * views ({@code ViewDigest}) over edited sites.
 */
final class RouteKey {
    private final StringBuilder text = new StringBuilder(1024);

    RouteKey(String context) {
        add(context);
    }

    /** Adds a text (null and "" are told apart). */
    RouteKey add(String s) {
        if (s == null) text.append('N');
        else text.append(s.length()).append(':').append(s);
        return this;
    }

    /** Adds a value by its {@code toString()}: a number, a date, or a record of such values, lists and maps. */
    RouteKey add(Object o) {
        return add(o == null ? null : o.toString());
    }

    RouteKey add(long n) {
        text.append('#').append(n).append(';');
        return this;
    }

    RouteKey add(boolean b) {
        text.append(b ? 'T' : 'F');
        return this;
    }

    String digest() {
        return ContentHash.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
