package press.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import press.config.SiteConfig;
import press.model.Post;

import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * JSON-LD for search engines (schema.org {@code BlogPosting}, {@code BreadcrumbList}, {@code WebSite}),
 * written with Jackson. The text goes inside {@code <script type="application/ld+json">} unescaped by
 * Mustache, so {@code <}, {@code >}, {@code &} and the JavaScript line separators are written as
 * {@code \\u003c}-style escapes: no value can close the script element or open a comment.
 */
final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    static {
        JSON.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    private StructuredData() {}

    /** A crumb: a name and an absolute URL. */
    record Crumb(String name, String url) {}

    /** The home page: the site, and where it can be searched (when {@code searchUrl} is not null; {@code {q}} is the query). */
    static String webSite(SiteConfig c, String homeUrl, String searchUrl) {
        ObjectNode site = node("WebSite");
        site.put("name", c.title());
        site.put("url", homeUrl);
        if (!c.description().isEmpty()) site.put("description", c.description());
        site.put("inLanguage", c.language());
        if (searchUrl != null) {
            ObjectNode action = site.putObject("potentialAction");
            action.put("@type", "SearchAction");
            ObjectNode target = action.putObject("target");
            target.put("@type", "EntryPoint");
            target.put("urlTemplate", searchUrl + "?q={search_term_string}");
            action.put("query-input", "required name=search_term_string");
        }
        return write(site);
    }

    /** A post: its {@code BlogPosting} and its breadcrumbs, in one {@code @graph}. */
    static String post(SiteConfig c, Post p, String url, String image, List<String> keywords, List<Crumb> crumbs) {
        ObjectNode graph = JSON.createObjectNode();
        graph.put("@context", "https://schema.org");
        ArrayNode items = graph.putArray("@graph");
        ObjectNode article = items.addObject();
        article.put("@type", "BlogPosting");
        article.put("@id", url + "#article");
        article.put("headline", p.title());
        article.put("url", url);
        ObjectNode page = article.putObject("mainEntityOfPage");
        page.put("@type", "WebPage");
        page.put("@id", url);
        article.put("datePublished", RFC3339.format(p.date().withOffsetSameInstant(ZoneOffset.UTC)));
        article.put("dateModified", p.lastmod().isAfter(p.date().toLocalDate())
                ? p.lastmod() + "T00:00:00Z" : RFC3339.format(p.date().withOffsetSameInstant(ZoneOffset.UTC)));
        if (!p.summary().isEmpty()) article.put("description", p.summary());
        article.put("inLanguage", c.language());
        article.set("author", person(c));
        article.set("publisher", organization(c));
        if (image != null) article.put("image", image);
        if (!keywords.isEmpty()) article.put("keywords", String.join(", ", keywords));
        article.put("timeRequired", "PT" + p.readingTime() + "M");
        items.add(breadcrumbNode(crumbs));
        return write(graph);
    }

    /** Breadcrumbs alone (term and taxonomy pages). */
    static String breadcrumbs(List<Crumb> crumbs) {
        ObjectNode list = breadcrumbNode(crumbs);
        ObjectNode withContext = JSON.createObjectNode();
        withContext.put("@context", "https://schema.org");
        withContext.setAll(list);
        return write(withContext);
    }

    private static ObjectNode breadcrumbNode(List<Crumb> crumbs) {
        ObjectNode list = JSON.createObjectNode();
        list.put("@type", "BreadcrumbList");
        ArrayNode items = list.putArray("itemListElement");
        for (int i = 0; i < crumbs.size(); i++) {
            ObjectNode item = items.addObject();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).name());
            item.put("item", crumbs.get(i).url());
        }
        return list;
    }

    private static ObjectNode person(SiteConfig c) {
        SiteConfig.PageConfig pc = c.pages();
        if (pc.authorName().isEmpty()) return organization(c);
        ObjectNode n = JSON.createObjectNode();
        n.put("@type", "Person");
        n.put("name", pc.authorName());
        if (!pc.authorUrl().isEmpty()) n.put("url", pc.authorUrl());
        return n;
    }

    private static ObjectNode organization(SiteConfig c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@type", "Organization");
        n.put("name", c.title());
        n.put("url", c.baseUrl());
        return n;
    }

    private static ObjectNode node(String type) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", type);
        return n;
    }

    private static String write(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's standard escapes plus {@code < > &} and U+2028/U+2029 as {@code \\uXXXX}. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] table;

        ScriptSafe() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
