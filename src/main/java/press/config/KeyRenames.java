package press.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import press.problem.Problems;
import press.problem.SourcePos;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keys of {@code site.yaml} written under another name that press reads as its own, with a
 * warning, and that {@code press config migrate} rewrites. Two kinds:
 * <ul>
 * <li>the table {@link #RENAMED}: names other generators give the same setting (Hugo's
 *     {@code languageCode} and {@code paginate}, Jekyll's {@code lang}, Zola's {@code default_language});</li>
 * <li>any key that is press's key spelled another way: case, camelCase, {@code -} for {@code _}
 *     ({@code baseURL}, {@code baseurl}, {@code postsPerPage}, {@code includeNewer}). Hugo reads
 *     its keys whatever their case, so its sites carry all of these.</li>
 * </ul>
 * press's own keys have not been renamed yet (no key of {@code site.yaml} has changed name since
 * version 1); a rename of one goes in the table with the map it lives in.
 */
final class KeyRenames {
    /** Old name (lowercase) to press's name, by the map they live in ("" is the top level). */
    static final Map<String, Map<String, String>> RENAMED = Map.of("", Map.of(
            "languagecode", "language", // Hugo
            "lang", "language", // Jekyll (jekyll-seo-tag)
            "default_language", "language", // Zola
            "paginate", "posts_per_page")); // Hugo before 0.128, jekyll-paginate

    private KeyRenames() {}

    /** One key to rename: {@code from} in the map at {@code parent} becomes {@code to}. */
    record Rename(String parent, String from, String to) {
        String fromPointer() {
            return parent + "/" + ConfigKeys.escape(from);
        }

        String toPointer() {
            return parent + "/" + to;
        }

        /** {@code similar.includeNewer}. */
        String fromName() {
            return NodeReader.fieldName(fromPointer());
        }

        String toName() {
            return NodeReader.fieldName(toPointer());
        }
    }

    /** Every key of {@code root} that press reads under another name, in file order within each map. */
    static List<Rename> find(JsonNode root) {
        List<Rename> out = new ArrayList<>();
        for (ConfigKeys.Block map : ConfigKeys.maps(root)) {
            Iterator<String> keys = root.at(map.pointer()).fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (map.keys().contains(key)) continue;
                String to = target(map.pointer(), key, map.keys());
                if (to != null) out.add(new Rename(map.pointer(), key, to));
            }
        }
        return out;
    }

    /** press's name for {@code key} in the map at {@code pointer}, or null. */
    static String target(String pointer, String key, Set<String> known) {
        String lower = key.toLowerCase(Locale.ROOT);
        String named = RENAMED.getOrDefault(pointer, Map.of()).get(lower);
        if (named != null) return named;
        String squashed = squash(key);
        for (String k : known) if (squash(k).equals(squashed)) return k;
        return null;
    }

    private static String squash(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** A rename as read: where the old key is in the file, and whether the new name was set too (then the old value is dropped). */
    record Applied(Rename rename, SourcePos at, boolean clash) {}

    /**
     * Reads each renamed key as press's key: the value moves to the new name in the tree (and
     * its place in the file is remembered under the new name), with a warning at the old key.
     * An old key whose new name is set too is a problem, and the new one is read. A renamed map
     * ({@code Similar:}) is renamed first, then the keys in it.
     */
    static List<Applied> apply(LocatedYaml yaml, Problems problems, Problems warnings) {
        List<Applied> out = new ArrayList<>();
        for (List<Rename> round = find(yaml.root()); !round.isEmpty(); round = find(yaml.root())) {
            for (Rename r : round) {
                ObjectNode map = (ObjectNode) yaml.root().at(r.parent());
                SourcePos at = yaml.keyAt(r.fromPointer());
                if (map.has(r.to())) {
                    problems.add(at, "key \"" + r.fromName() + "\" is renamed \"" + r.toName() + "\", which is set too (line "
                            + yaml.keyAt(r.toPointer()).line() + "), expected only \"" + r.toName() + "\"");
                    map.remove(r.from());
                    out.add(new Applied(r, at, true));
                    continue;
                }
                warnings.add(at, "key \"" + r.fromName() + "\" is renamed \"" + r.toName() + "\", expected \"" + r.toName()
                        + "\" (press config migrate rewrites it)");
                map.set(r.to(), map.remove(r.from()));
                yaml.alias(r.toPointer(), r.fromPointer());
                out.add(new Applied(r, at, false));
            }
        }
        return out;
    }
}
