package press.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys each map of {@code site.yaml} may hold, in one place, so the loader (unknown keys) and
 * {@link KeyRenames} (keys spelled another way) agree. Maps whose keys are names the author
 * chooses ({@code similar.weights} fields, {@code environments} names) are not listed.
 */
final class ConfigKeys {
    static final Set<String> ROOT = Set.of("version", "title", "base_url", "language", "description", "posts_per_page",
            "taxonomies", "similar", "markdown", "import", "content_extensions", "dated_sections", "menu", "permalink", "permalinks", "languages", "collections", "include", "params", "output", "environments",
            "favicon", "image", "author", "noindex_paged", "toc_min_sections");
    static final Set<String> SIMILAR = Set.of("count", "include_newer", "weights", "max_term_share", "postings_cap", "length_norm");
    static final Set<String> MARKDOWN = Set.of("unsafe_html");
    static final Set<String> IMPORT = Set.of("tags_from");
    static final Set<String> OUTPUT = Set.of("mode", "keep", "broken_links");
    static final Set<String> AUTHOR = Set.of("name", "url");
    static final Set<String> ENVIRONMENT = Set.of("base_url", "drafts", "noindex");
    static final Set<String> TAXONOMY = Set.of("field", "path", "title", "singular");
    static final Set<String> MENU_ENTRY = Set.of("name", "url", "weight");
    static final Set<String> COLLECTION = Set.of("output", "permalink");

    private static final Map<String, Set<String>> FIXED = Map.of("", ROOT, "/similar", SIMILAR, "/markdown", MARKDOWN,
            "/import", IMPORT, "/output", OUTPUT, "/author", AUTHOR);

    private ConfigKeys() {}

    /** A map of the file (its JSON pointer, "" for the root) and the keys it may hold. */
    record Block(String pointer, Set<String> keys) {}

    /** Every map of settings present in {@code root}, parents before children. */
    static List<Block> maps(JsonNode root) {
        List<Block> out = new ArrayList<>();
        for (String at : List.of("", "/similar", "/markdown", "/import", "/output", "/author")) {
            if (root.at(at).isObject()) out.add(new Block(at, FIXED.get(at)));
        }
        JsonNode envs = root.at("/environments");
        if (envs.isObject()) {
            Iterator<String> names = envs.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (envs.get(name).isObject()) out.add(new Block("/environments/" + escape(name), ENVIRONMENT));
            }
        }
        JsonNode collections = root.at("/collections");
        if (collections.isObject()) {
            Iterator<String> names = collections.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (collections.get(name).isObject()) out.add(new Block("/collections/" + escape(name), COLLECTION));
            }
        }
        items(root, "/taxonomies", TAXONOMY, out);
        items(root, "/menu", MENU_ENTRY, out);
        return out;
    }

    private static void items(JsonNode root, String at, Set<String> keys, List<Block> out) {
        JsonNode list = root.at(at);
        if (!list.isArray()) return;
        for (int i = 0; i < list.size(); i++) if (list.get(i).isObject()) out.add(new Block(at + "/" + i, keys));
    }

    /** A key as a JSON pointer segment. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
