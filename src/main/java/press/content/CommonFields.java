package press.content;

import press.config.NodeReader;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Front-matter fields posts and pages read alike: dates and Hugo's {@code aliases}. */
final class CommonFields {
    private CommonFields() {}

    /** A date field in any form {@link Dates} reads; a wrong one is a problem at its place. */
    static Optional<OffsetDateTime> date(NodeReader r, String pointer) {
        Optional<String> text = r.text(pointer);
        if (text.isEmpty()) return Optional.empty();
        Optional<OffsetDateTime> d = Dates.parse(text.get());
        if (d.isEmpty()) r.problem(pointer, NodeReader.fieldName(pointer) + ": expected " + Dates.EXPECTED + ", got \"" + text.get() + "\"");
        return d;
    }

    /** {@code /old/path/} or {@code old.html} as an output path relative to the site root ({@code old/path/}); null with a problem when unsafe. */
    static String sitePath(NodeReader r, String pointer, String url) {
        String p = url.strip();
        while (p.startsWith("/")) p = p.substring(1);
        if (!p.isEmpty() && !p.endsWith("/") && !p.endsWith(".html")) p = p + "/";
        boolean ok = !p.isEmpty();
        for (String part : p.split("/")) ok &= p.isEmpty() || Slugs.safePart(part);
        if (!ok) {
            r.problem(pointer, NodeReader.fieldName(pointer) + ": expected a site path such as /docs/install/ (letters, digits, '-', '_', '.'), got \"" + url + "\"");
            return null;
        }
        return p;
    }

    /** The keys that list a page's old addresses: Hugo's {@code aliases}, then Jekyll's {@code redirect_from} (the jekyll-redirect-from plugin). */
    static final List<String> ALIAS_KEYS = List.of("/aliases", "/redirect_from");

    /**
     * Hugo's {@code aliases: [/old/, /older.html]} and Jekyll's {@code redirect_from:} (a path or a
     * list of them): each becomes a redirect page to the new address.
     */
    static List<String> aliases(NodeReader r) {
        List<String> out = new ArrayList<>();
        for (String key : ALIAS_KEYS) {
            List<String> given = r.textList(key).orElse(List.of());
            for (int i = 0; i < given.size(); i++) {
                String p = sitePath(r, r.node(key).isArray() ? key + "/" + i : key, given.get(i));
                if (p != null && !out.contains(p)) out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
