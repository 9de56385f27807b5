package press.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import press.config.LocatedYaml;
import press.config.NodeReader;
import press.config.SiteConfig;
import press.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hugo's {@code cascade:} in a section's {@code _index.md}: front matter fields given to every page
 * and post below that folder (subsections' {@code _index.md} too) that does not set them itself. A
 * nearer section's cascade wins over a farther one's; {@code params} is merged key by key. The list
 * form ({@code cascade: [{_target: {path: /docs/**}, layout: doc}]}) gives each entry a target:
 * {@code path} (a glob on Hugo's path of the page, {@code /docs/install}, lower case, no extension),
 * {@code kind} ({@code home}, {@code section}, {@code page}), {@code lang} and {@code environment}
 * (the {@code --env} name, else {@code production}), each a glob; {@code target} is read as
 * {@code _target}. An {@code _index.pl.md}'s cascade applies to the {@code pl} pages only. Thread-safe
 * once read.
 */
public final class Cascade {
    public static final Cascade NONE = new Cascade(Map.of(), null, "", "production");

    /** One map of fields and the target it applies to; {@code pointer} is where the map is written in {@code from}. */
    private record Entry(LocatedYaml from, String pointer, ObjectNode values, Map<String, Pattern> target) {}

    /** The entries of one {@code _index} file, for the pages of its language ({@code ""}: the site's). */
    private record Source(String language, List<Entry> entries) {}

    /** The sources by the folder they apply below ({@code content/docs}). */
    private final Map<Path, List<Source>> byFolder;
    private final SiteConfig.ContentConfig content;
    private final String siteLanguage;
    private final String environment;

    private Cascade(Map<Path, List<Source>> byFolder, SiteConfig.ContentConfig content, String siteLanguage, String environment) {
        this.byFolder = byFolder;
        this.content = content;
        this.siteLanguage = siteLanguage;
        this.environment = environment;
    }

    /**
     * The cascades of the {@code _index} files among {@code pages} (relative to {@code source});
     * a {@code cascade:} or {@code _target} of the wrong shape is a problem at its place.
     */
    public static Cascade read(Path source, List<Path> pages, SiteConfig config, String environment, Problems problems) {
        Map<Path, List<Source>> byFolder = new HashMap<>();
        for (Path file : pages) {
            FileLanguage language = FileLanguage.of(file.getFileName().toString(), config.content());
            if (!language.stem().equals("_index")) continue;
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(source.resolve(file));
            } catch (IOException e) {
                continue; // the page's own parse reports it
            }
            FrontMatterReader.Read read = FrontMatterReader.read(file, bytes, new Problems(), true); // its own parse reports the rest
            if (read == null || !read.fields().has("/cascade")) continue;
            NodeReader r = new NodeReader(read.fields().yaml(), problems);
            List<Entry> entries = entries(r);
            if (!entries.isEmpty()) byFolder.computeIfAbsent(file.getParent(), k -> new ArrayList<>()).add(new Source(language.language(), entries));
        }
        return byFolder.isEmpty() ? NONE : new Cascade(byFolder, config.content(), config.language(), environment == null ? "production" : environment);
    }

    private static List<Entry> entries(NodeReader r) {
        JsonNode n = r.node("/cascade");
        List<Entry> out = new ArrayList<>();
        if (n.isObject()) {
            entry(r, "/cascade", out);
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                if (n.get(i).isObject()) entry(r, "/cascade/" + i, out);
                else r.wrong("/cascade/" + i, "a map of front matter fields (an item of cascade:)", n.get(i));
            }
        } else {
            r.wrong("/cascade", "a map of front matter fields, or a list of them each with an optional _target", n);
        }
        return out;
    }

    private static void entry(NodeReader r, String pointer, List<Entry> out) {
        ObjectNode values = (ObjectNode) r.node(pointer);
        String t = values.has("_target") ? "_target" : values.has("target") ? "target" : null;
        Map<String, Pattern> target = new HashMap<>();
        if (t != null) {
            String tp = pointer + "/" + t;
            if (!r.isMapOrAbsent(tp)) return;
            var names = r.node(tp).fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!List.of("path", "kind", "lang", "environment").contains(name)) {
                    r.problemAtKey(tp + "/" + name, t + "." + name + ": unknown target, expected path, kind, lang or environment");
                    return;
                }
                String glob = r.text(tp + "/" + name).orElse(null);
                if (glob == null) return;
                target.put(name, glob(name.equals("path") ? glob.toLowerCase(Locale.ROOT) : glob));
            }
        }
        out.add(new Entry(r.yaml(), pointer, values, target));
    }

    /** Hugo's globs: {@code **} any text, {@code *} and {@code ?} within one path part, {@code {a,b}} either, {@code [ab]} one of. */
    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') re.append("[^/]*");
            else if (c == '?') re.append("[^/]");
            else if (c == '{') {
                re.append("(?:");
                braces++;
            } else if (c == '}' && braces > 0) {
                re.append(')');
                braces--;
            } else if (c == ',' && braces > 0) re.append('|');
            else if (c == '[' && glob.indexOf(']', i) > i) {
                int end = glob.indexOf(']', i);
                re.append('[').append(glob.substring(i + 1, end).replace("\\", "\\\\").replace("[", "\\[").replaceFirst("^!", "^")).append(']');
                i = end;
            } else re.append(Pattern.quote(String.valueOf(c)));
        }
        while (braces-- > 0) re.append(')');
        return Pattern.compile(re.toString());
    }

    /** Where the page of {@code file} stands, as a target sees it. */
    private record Place(String path, String kind, String language, List<Source> sources) {}

    private Place place(Path file) {
        if (byFolder.isEmpty()) return null;
        FileLanguage language = FileLanguage.of(file.getFileName().toString(), content);
        Path folder = file.getParent();
        Path contentRoot = Path.of(ContentScanner.CONTENT);
        boolean index = language.stem().equals("_index");
        String below = folder == null || folder.equals(contentRoot) ? "" : contentRoot.relativize(folder).toString().replace('\\', '/');
        String path = "/" + (index || language.stem().equals("index") ? below : (below.isEmpty() ? "" : below + "/") + language.stem());
        String kind = index ? (below.isEmpty() ? "home" : "section") : "page";
        List<Source> sources = new ArrayList<>();
        for (Path f = index ? folder.getParent() : folder; f != null && f.startsWith(contentRoot); f = f.getParent()) {
            for (Source s : byFolder.getOrDefault(f, List.of())) {
                if (s.language().equals(language.language())) sources.add(s);
            }
        }
        return sources.isEmpty() ? null : new Place(path.toLowerCase(Locale.ROOT), kind, language.language(), sources);
    }

    private boolean matches(Entry e, Place p) {
        for (var t : e.target().entrySet()) {
            String value = switch (t.getKey()) {
                case "path" -> p.path();
                case "kind" -> p.kind();
                case "lang" -> p.language().isEmpty() ? siteLanguage : p.language();
                default -> environment;
            };
            if (!t.getValue().matcher(value).matches()) return false;
        }
        return true;
    }

    /** A digest of the entries that apply to {@code file} (empty when none): a cached parse of the file is stale when it changes. */
    public String fingerprint(Path file) {
        Place p = place(file);
        if (p == null) return "";
        StringBuilder sb = new StringBuilder();
        for (Source s : p.sources()) {
            for (Entry e : s.entries()) {
                if (matches(e, p)) sb.append(e.from().file()).append(e.pointer()).append('=').append(e.values()).append('\n');
            }
        }
        return sb.isEmpty() ? "" : press.digest.Sha256.hex(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Gives the front matter {@code yaml} of {@code file} every cascaded field it does not set,
     * each with its place in the {@code _index} file that writes it.
     */
    void apply(Path file, LocatedYaml yaml) {
        Place p = place(file);
        if (p == null || !(yaml.root() instanceof ObjectNode root)) return;
        for (Source s : p.sources()) {
            for (Entry e : s.entries()) {
                if (!matches(e, p)) continue;
                e.values().fields().forEachRemaining(f -> {
                    String key = f.getKey();
                    if (key.equals("_target") || key.equals("target") || key.equals("cascade")) return;
                    JsonNode own = root.get(key);
                    if (own == null || own.isNull()) {
                        root.set(key, f.getValue().deepCopy());
                        yaml.borrow("/" + key, e.from(), e.pointer() + "/" + key);
                    } else if (key.equals("params") && own.isObject() && f.getValue().isObject()) {
                        f.getValue().fields().forEachRemaining(pf -> {
                            if (((ObjectNode) own).has(pf.getKey())) return;
                            ((ObjectNode) own).set(pf.getKey(), pf.getValue().deepCopy());
                            yaml.borrow("/params/" + pf.getKey(), e.from(), e.pointer() + "/params/" + pf.getKey());
                        });
                    }
                });
            }
        }
    }
}
