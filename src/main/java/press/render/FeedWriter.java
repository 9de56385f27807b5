package press.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import press.model.Post;
import press.model.Site;
import press.model.Term;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Feeds of the newest posts, for the site and for each term: Atom ({@code feed.xml}) and JSON Feed 1.1
 * ({@code feed.json}) with the same entries. Entries carry the full body, with every {@code href}
 * and {@code src} made absolute (feed readers show it away from the site). Times are the posts',
 * never the clock's.
 */
final class FeedWriter {
    static final int ENTRIES = 20;
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Site site;
    private final Links links;
    private static final long KEPT_CHARS = 64L << 20;
    /** A feed's size without its entries, and an entry's without its body, about, in chars: its buffer is sized by them. */
    private static final int FEED_CHARS = 4096;
    private static final int ENTRY_CHARS = 2048;
    private final java.util.concurrent.ConcurrentHashMap<String, Body> absolute = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A post's body with absolute links, and its Atom and JSON escapes, each made once while kept
     * (a post is in the site's feeds and its terms', in both formats).
     */
    private final class Body {
        private final Post post;
        private final boolean kept;
        private String html;
        private String xml;
        private String json;

        Body(Post post, boolean kept) {
            this.post = post;
            this.kept = kept;
        }

        private String keep(String s) {
            if (kept) keptChars.addAndGet(s.length());
            return s;
        }

        synchronized String html() {
            if (html == null) html = keep(resolve(post));
            return html;
        }

        synchronized String xml() {
            if (xml == null) xml = keep(XmlOut.escape(html()));
            return xml;
        }

        synchronized String json() {
            if (json == null) {
                try {
                    json = keep(JSON.writeValueAsString(html()));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return json;
        }
    }

    private final java.util.concurrent.atomic.AtomicLong keptChars = new java.util.concurrent.atomic.AtomicLong();

    FeedWriter(Site site, Links links) {
        this.site = site;
        this.links = links;
    }

    /**
     * What a feed is made from, as a key ({@link RouteKey}) for {@link Route.Data#view()}: the site's
     * settings, the feed's own arguments and, per entry, the post it shows (its fields by its origin,
     * {@link Post.Digests}; its body by the key of its source; its terms as the site names them).
     * Made lazily, only by a writer that asks.
     */
    private final Map<String, String> entryKeys = new java.util.concurrent.ConcurrentHashMap<>();

    Supplier<Object> view(String kind, String title, String self, String page, List<Post> posts) {
        return () -> {
            List<Post> shown = posts.subList(0, Math.min(ENTRIES, posts.size()));
            RouteKey key = new RouteKey("feed").add(kind).add(site.config().language()).add(site.config().description())
                    .add(links.absolute(page)).add(title).add(self).add(author()).add(shown.size());
            // a post is in the site's feed and in one per term it has: its entry's key made once
            for (Post p : shown) key.add(entryKeys.computeIfAbsent(p.slug(), slug -> entryKey(p)));
            return new Route.Key(key.digest());
        };
    }

    private String entryKey(Post p) {
        RouteKey key = p.digests() != null ? new RouteKey(p.digests().origin())
                : new RouteKey(p.slug()).add(p.path()).add(p.title()).add(time(p)).add(updated(p)).add(p.summary()).add(p.image());
        return key.add(p.body().key()).add(categories(p)).add(links.post(p)).digest();
    }

    /** Atom: {@code self} is the feed's site path, {@code page} the HTML page it follows. */
    byte[] atom(String title, String self, String page, List<Post> posts) {
        List<Post> newest = posts.subList(0, Math.min(ENTRIES, posts.size()));
        String home = links.absolute(page);
        // each body once (one past the kept budget is made anew on each call), and the document sized by them
        List<String> bodies = new ArrayList<>(newest.size());
        int size = FEED_CHARS;
        for (Post p : newest) {
            String body = absoluteBody(p).xml();
            bodies.add(body);
            size += ENTRY_CHARS + body.length();
        }
        XmlOut x = new XmlOut(size).open("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", site.config().language()).newline();
        x.element("title", title).newline();
        if (!site.config().description().isEmpty()) x.element("subtitle", site.config().description()).newline();
        x.empty("link", "rel", "alternate", "type", "text/html", "href", home).newline();
        x.empty("link", "rel", "self", "type", "application/atom+xml", "href", links.absolute(self)).newline();
        x.element("id", home).newline();
        x.element("updated", newest.isEmpty() ? "1970-01-01T00:00:00Z" : time(newest.get(0))).newline();
        x.open("author").element("name", author()).close().newline();
        for (int i = 0; i < newest.size(); i++) {
            Post p = newest.get(i);
            String url = links.absolute(links.post(p));
            x.open("entry").element("title", p.title()).empty("link", "rel", "alternate", "type", "text/html", "href", url).element("id", url)
                    .element("published", time(p)).element("updated", updated(p));
            for (String category : categories(p)) x.empty("category", "term", category);
            if (!p.summary().isEmpty()) x.element("summary", p.summary());
            x.open("content", "type", "html").escaped(bodies.get(i)).close();
            x.close().newline();
        }
        return x.close().finish();
    }

    /** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) with the same entries as {@link #atom}. */
    byte[] json(String title, String self, String page, List<Post> posts) {
        List<Post> newest = posts.subList(0, Math.min(ENTRIES, posts.size()));
        ObjectNode feed = JSON.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", title);
        feed.put("home_page_url", links.absolute(page));
        feed.put("feed_url", links.absolute(self));
        if (!site.config().description().isEmpty()) feed.put("description", site.config().description());
        feed.put("language", site.config().language());
        feed.putArray("authors").addObject().put("name", author());
        ArrayNode items = feed.putArray("items");
        int size = FEED_CHARS; // the feed's size, about: its text is written into a buffer that big
        for (Post p : newest) {
            String url = links.absolute(links.post(p));
            ObjectNode item = items.addObject();
            item.put("id", url);
            item.put("url", url);
            item.put("title", p.title());
            String body = absoluteBody(p).json();
            size += ENTRY_CHARS + body.length();
            item.putRawValue("content_html", new com.fasterxml.jackson.databind.util.RawValue(body));
            if (!p.summary().isEmpty()) item.put("summary", p.summary());
            if (!p.image().isEmpty()) item.put("image", links.absoluteFrom(links.post(p), p.image()));
            item.put("date_published", time(p));
            item.put("date_modified", updated(p));
            List<String> tags = categories(p);
            if (!tags.isEmpty()) {
                ArrayNode t = item.putArray("tags");
                tags.forEach(t::add);
            }
        }
        // written into a buffer of about the feed's size: through Jackson's own growing buffer, then a string, then bytes, each
        // JSON feed of full posts was copied some ten times (376 MB at 10,000 posts). A text writer, as before, so the bytes are
        // the same (a char Jackson's own UTF-8 output refuses, a lone surrogate, becomes '?' as String.getBytes made it), but
        // one that encodes as it goes: through a StringWriter each body was also copied into a StringBuffer, then a String
        // (JFR at 10,000 posts: those copies were most of the JSON feeds' 5 % of the render threads' samples)
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(size + size / 8);
        try (java.io.Writer out = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            JSON.writeValue(out, feed);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /**
     * The body with relative links resolved against the post's URL. A post is in several feeds (the
     * site's, each of its terms'), so this is made once per post while the kept bodies total less
     * than {@link #KEPT_CHARS}, which bounds the memory a site with very many terms takes.
     */
    /** The post's feed body: kept for the next feed while the kept text is under {@link #KEPT_CHARS}, else made for this one only. */
    private Body absoluteBody(Post p) {
        Body known = absolute.get(p.slug());
        if (known != null) return known;
        if (keptChars.get() >= KEPT_CHARS) return new Body(p, false);
        Body body = new Body(p, true);
        Body raced = absolute.putIfAbsent(p.slug(), body);
        return raced != null ? raced : body;
    }

    /**
     * The post's body with every {@code href="..."} and {@code src="..."} made absolute, as
     * {@code \\b(href|src)="([^"]*)"} would find them, by a plain scan (the pattern was 1.2 % of a
     * build's CPU under C1).
     */
    private String resolve(Post p) {
        String page = links.post(p);
        String html = p.bodyHtml();
        StringBuilder out = new StringBuilder(html.length() + 256);
        int copied = 0;
        for (int i = html.indexOf("=\"", 3); i >= 0; ) {
            String name = html.startsWith("href", i - 4) ? "href" : html.startsWith("src", i - 3) ? "src" : null;
            int start = name == null ? -1 : i - name.length();
            if (start < 0 || (start > 0 && isWordChar(html.charAt(start - 1)))) {
                i = html.indexOf("=\"", i + 2);
                continue;
            }
            int end = html.indexOf('"', i + 2);
            if (end < 0) break; // no closing quote: no later attribute has one either
            String raw = html.substring(i + 2, end).replace("&amp;", "&");
            String url = raw.startsWith("#") ? links.absolute(page) + raw : links.absoluteFrom(page, raw);
            String escaped = url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
            out.append(html, copied, i + 2).append(escaped).append('"');
            copied = end + 1;
            i = html.indexOf("=\"", end + 1);
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** A character {@code \\b} counts as part of a word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private List<String> categories(Post p) {
        List<String> out = new ArrayList<>();
        Map<String, List<Term>> mine = site.termsByPost().getOrDefault(p.slug(), Map.of());
        for (var t : site.taxonomies()) {
            for (Term term : mine.getOrDefault(t.config().field(), List.of())) if (!out.contains(term.name())) out.add(term.name());
        }
        return out;
    }

    private String author() {
        String name = site.config().pages().authorName();
        return name.isEmpty() ? site.config().title() : name;
    }

    private static String time(Post p) {
        return RFC3339.format(p.date().withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String updated(Post p) {
        return p.lastmod().isAfter(p.date().toLocalDate()) ? p.lastmod() + "T00:00:00Z" : time(p);
    }
}
