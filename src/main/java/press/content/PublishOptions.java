package press.content;

import com.fasterxml.jackson.databind.JsonNode;
import press.config.NodeReader;
import press.model.Page;

import java.util.Set;

/**
 * Hugo's front-matter keys for what is published of a page: {@code headless: true} (no page, not
 * listed, its bundle files not copied) and {@code build:} (or the older {@code _build:}) with
 * {@code render}, {@code list} and {@code publishResources}. press has no templates that reach
 * into another page's resources, so a headless bundle's files are never "used" and never copied.
 */
final class PublishOptions {
    private static final Set<String> KEYS = Set.of("render", "list", "publishResources");

    private PublishOptions() {}

    /** The page's options; a wrong value is a problem at its place, and the default is kept. */
    static Page.Publish read(NodeReader r) {
        boolean headless = r.bool("/headless").orElse(false);
        String at = r.has("/build") ? "/build" : "/_build";
        JsonNode map = r.node(at);
        if (headless) return new Page.Publish(false, false, false);
        if (map.isMissingNode() || map.isNull()) return Page.Publish.ALL;
        if (!map.isObject()) {
            r.wrong(at, "a map such as {render: never, list: never}", map);
            return Page.Publish.ALL;
        }
        map.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) r.problemAtKey(at + "/" + k, NodeReader.fieldName(at) + "." + k + ": unknown option, expected one of " + new java.util.TreeSet<>(KEYS));
        });
        boolean render = choice(r, at + "/render", Set.of("always", "never", "link"), "always", "never", "link");
        boolean list = choice(r, at + "/list", Set.of("always", "never", "local"), "always", "never", "local");
        boolean resources = r.bool(at + "/publishResources").orElse(true);
        return new Page.Publish(render, render && list, resources);
    }

    /** The warning for a file where these options do not apply: at the option, saying why and what was expected. */
    static String notApplied(NodeReader r, String why) {
        String at = r.has("/headless") ? "/headless" : r.has("/build") ? "/build" : "/_build";
        return r.yaml().keyAt(at) + ": " + NodeReader.fieldName(at) + " is not applied: " + why;
    }

    /** Whether the front matter sets any of these options. */
    static boolean present(NodeReader r) {
        return r.has("/headless") || r.has("/build") || r.has("/_build");
    }

    /**
     * {@code always}/{@code true} (and {@code local}, Hugo's "only in its section", which is where
     * press lists a page) is true; {@code never}/{@code false} and {@code link} (a URL, no page) false.
     */
    private static boolean choice(NodeReader r, String pointer, Set<String> allowed, String... order) {
        JsonNode n = r.node(pointer);
        if (n.isMissingNode() || n.isNull()) return true;
        if (n.isBoolean()) return n.asBoolean();
        String v = n.isTextual() ? n.asText().strip() : null;
        if (v == null || !allowed.contains(v)) {
            r.wrong(pointer, "one of " + String.join(", ", order) + ", true or false", n);
            return true;
        }
        return v.equals("always") || v.equals("local");
    }
}
