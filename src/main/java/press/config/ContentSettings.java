package press.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@code content_extensions}, {@code dated_sections} and {@code menu} settings of {@code site.yaml}. */
final class ContentSettings {
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]+");
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
        return new SiteConfig.ContentConfig(List.copyOf(extensions), sections, menu(r), permalinks(r, sections));
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
