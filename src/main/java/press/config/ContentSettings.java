package press.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@code content_extensions}, {@code dated_sections}, {@code menu}, {@code permalinks} and {@code languages} settings of {@code site.yaml}. */
final class ContentSettings {
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[a-z0-9]{2,8})*");
    private static final Pattern SECTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ContentSettings() {}

    static SiteConfig.ContentConfig read(NodeReader r, SiteConfig.ContentConfig d) {
        List<String> extensions = new ArrayList<>(d.extensions());
        r.textList("/content_extensions").ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String e = list.get(i).startsWith(".") ? list.get(i).substring(1) : list.get(i);
                if (!EXTENSION.matcher(e).matches()) {
                    r.problem("/content_extensions/" + i, "content_extensions: expected a file extension such as markdown, got \"" + list.get(i) + "\"");
                } else if (!extensions.contains(e)) {
                    extensions.add(e);
                }
            }
        });
        List<String> dated = r.textList("/dated_sections").orElse(d.datedSections());
        for (int i = 0; i < dated.size(); i++) {
            if (!SECTION.matcher(dated.get(i)).matches()) {
                r.problem("/dated_sections/" + i, "dated_sections: expected a folder name of content/ such as posts, got \"" + dated.get(i) + "\"");
            }
        }
        List<String> sections = List.copyOf(new LinkedHashSet<>(dated));
        String language = r.text("/language").orElse(d.defaultLanguage());
        java.util.Map<String, String> permalinks = new java.util.TreeMap<>(permalinks(r, sections));
        java.util.Map<String, Boolean> collections = collections(r, permalinks);
        return new SiteConfig.ContentConfig(List.copyOf(extensions), sections, menu(r), java.util.Collections.unmodifiableMap(permalinks), language,
                translations(r, language), collections, params(r), include(r));
    }

    /** Jekyll's {@code include: [_pages]}: paths under {@code content/} (a folder or a file) read although their names start with {@code _}. */
    private static List<String> include(NodeReader r) {
        List<String> given = r.textList("/include").orElse(List.of());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String e = given.get(i).strip().replace('\\', '/').replaceAll("^/+|/+$", "");
            if (e.isEmpty() || e.contains("..") || e.contains("*")) {
                r.problem("/include/" + i, "include: expected a folder or file of content/ such as _pages, got \"" + given.get(i) + "\"");
            } else if (!out.contains(e)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /** Hugo's {@code [params]} (Jekyll keeps such values at the top of _config.yml): text, numbers and true/false, in maps as deep as wanted. */
    private static java.util.Map<String, String> params(NodeReader r) {
        JsonNode n = r.node("/params");
        if (n.isMissingNode() || n.isNull()) return java.util.Map.of();
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        if (!n.isObject()) r.wrong("/params", "a map of names to values (repository: https://example.org/code)", n);
        else flatten(r, "/params", "", n, out);
        return java.util.Collections.unmodifiableMap(out);
    }

    private static void flatten(NodeReader r, String pointer, String prefix, JsonNode map, java.util.Map<String, String> out) {
        map.fieldNames().forEachRemaining(name -> {
            JsonNode v = map.get(name);
            String at = pointer + "/" + ConfigKeys.escape(name);
            if (v.isObject()) flatten(r, at, prefix + name + ".", v, out);
            else if (v.isValueNode() && !v.isNull()) out.put(prefix + name, v.asText());
            else r.wrong(at, "text, a number, true/false or a map of them", v);
        });
    }

    /**
     * Jekyll's {@code collections: {docs: {output: true, permalink: /docs/:path/}}}: {@code content/_docs/} is
     * published as the pages of {@code /docs/} when {@code output} is true (Jekyll's default is false); the
     * collection's {@code permalink} becomes its folder's pattern in {@code permalinks}.
     */
    private static java.util.Map<String, Boolean> collections(NodeReader r, java.util.Map<String, String> permalinks) {
        JsonNode map = r.node("/collections");
        java.util.Map<String, Boolean> out = new java.util.TreeMap<>();
        if (map.isMissingNode() || map.isNull()) return java.util.Map.of();
        if (!map.isObject()) {
            r.wrong("/collections", "a map of collection names to settings (docs: {output: true, permalink: /docs/:path/}), as in Jekyll's _config.yml", map);
            return java.util.Map.of();
        }
        map.fieldNames().forEachRemaining(name -> {
            String at = "/collections/" + ConfigKeys.escape(name);
            JsonNode entry = map.get(name);
            if (!SECTION.matcher(name).matches() || name.equals("posts")) {
                r.problem(at, "collections: expected a folder name such as docs (for content/_docs/), got \"" + name + "\"");
                return;
            }
            if (!entry.isObject() && !entry.isNull()) {
                r.wrong(at, "the collection's settings ({output: true, permalink: /" + name + "/:path/})", entry);
                return;
            }
            if (entry.isObject()) ConfigLoader.unknownKeys(r, at, ConfigKeys.COLLECTION);
            boolean output = r.bool(at + "/output").orElse(false);
            out.put(name, output);
            r.text(at + "/permalink").ifPresent(p -> {
                if (check(r, at + "/permalink", p) && output) permalinks.put(name, p.strip());
            });
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Hugo's languages, as a list of codes: {@code languages: [en, pl]}; the codes other than the site's {@code language}. */
    private static List<String> translations(NodeReader r, String language) {
        JsonNode n = r.node("/languages");
        if (n.isObject()) {
            r.wrong("/languages", "a list of language codes such as [" + language + ", pl] (press reads the codes; the site's own is language:)", n);
            return List.of();
        }
        List<String> codes = r.textList("/languages").orElse(List.of());
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).strip();
            if (!LANGUAGE.matcher(code).matches()) {
                r.problem("/languages/" + i, "languages: expected a lower-case language code such as pl or pt-br (as in about.pl.md), got \"" + codes.get(i) + "\"");
            } else if (!code.equals(language)) {
                out.add(code);
            }
        }
        return List.copyOf(out);
    }

    /** Hugo's {@code permalinks: {posts: /:year/:slug/}} per top folder, and Jekyll's {@code permalink: pretty} for the dated sections. */
    private static java.util.Map<String, String> permalinks(NodeReader r, List<String> dated) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        JsonNode map = r.node("/permalinks");
        if (map.isObject()) {
            map.fieldNames().forEachRemaining(section -> r.text("/permalinks/" + section).ifPresent(p -> {
                if (check(r, "/permalinks/" + section, p)) out.put(section.equals("_posts") ? "posts" : section, p.strip());
            }));
        } else if (!map.isMissingNode() && !map.isNull()) {
            r.wrong("/permalinks", "a map of content folders to patterns (posts: /:year/:month/:slug/)", map);
        }
        r.text("/permalink").ifPresent(p -> {
            if (check(r, "/permalink", p)) for (String section : dated) out.putIfAbsent(section, p.strip());
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    private static boolean check(NodeReader r, String pointer, String pattern) {
        String wrong = PermalinkPattern.check(pattern);
        if (wrong != null) r.problem(pointer, NodeReader.fieldName(pointer) + ": " + wrong + ", got \"" + pattern + "\"");
        return wrong == null;
    }

    private static List<SiteConfig.MenuEntry> menu(NodeReader r) {
        JsonNode n = r.node("/menu");
        if (n.isMissingNode() || n.isNull()) return List.of();
        if (!n.isArray()) {
            r.wrong("/menu", "a list of menu links ({name, url, weight})", n);
            return List.of();
        }
        List<SiteConfig.MenuEntry> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String at = "/menu/" + i;
            if (!n.get(i).isObject()) {
                r.wrong(at, "a menu link ({name, url, weight})", n.get(i));
                continue;
            }
            ConfigLoader.unknownKeys(r, at, ConfigKeys.MENU_ENTRY);
            String name = r.text(at + "/name").orElse("");
            String url = r.text(at + "/url").orElse("");
            int weight = r.integer(at + "/weight", -1_000_000, 1_000_000).orElse(0);
            if (name.isBlank()) r.problem(r.has(at + "/name") ? at + "/name" : at, "menu[" + i + "].name: required, expected the link's label");
            else if (!url.startsWith("/") && !url.matches("https?://\\S+")) {
                r.problem(r.has(at + "/url") ? at + "/url" : at, "menu[" + i + "].url: expected a site path such as /about/ or an http(s) URL, got \"" + url + "\"");
            } else {
                out.add(new SiteConfig.MenuEntry(name.strip(), url, weight));
            }
        }
        return List.copyOf(out);
    }
}
