package press.config;

import com.fasterxml.jackson.databind.JsonNode;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code content/site.yaml} into a {@link SiteConfig}; every key is optional, unknown keys
 * are problems, keys under another name ({@link KeyRenames}) are read with a warning.
 */
public final class ConfigLoader {
    public static final String FILE = "content/site.yaml";
    private static final Pattern URL_SEGMENT = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ConfigLoader() {}

    /** Loads the config of the site folder {@code source}, or the defaults when it has no site.yaml; warnings are dropped. */
    public static SiteConfig load(Path source, Problems problems) {
        return load(source, problems, new Problems());
    }

    /** Loads the config of the site folder {@code source}, or the defaults when it has no site.yaml. */
    public static SiteConfig load(Path source, Problems problems, Problems warnings) {
        Path file = source.resolve(FILE);
        if (!Files.exists(file)) return SiteConfig.defaults();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(SourcePos.of(Path.of(FILE), 0, 0), "cannot read: " + e.getMessage());
            return SiteConfig.defaults();
        } catch (UncheckedIOException e) {
            problems.add(SourcePos.of(Path.of(FILE), 0, 0), "cannot read: " + e.getMessage());
            return SiteConfig.defaults();
        }
        LocatedYaml yaml = LocatedYaml.parse(Path.of(FILE), text, 0, problems);
        if (yaml == null) return SiteConfig.defaults();
        return read(new NodeReader(yaml, problems), warnings);
    }

    static SiteConfig read(NodeReader r, Problems warnings) {
        SiteConfig d = SiteConfig.defaults();
        JsonNode root = r.node("");
        if (!root.isMissingNode() && !root.isObject()) {
            r.wrong("", "a map of settings", root);
            return d;
        }
        if (!ConfigVersion.check(r)) return d;
        KeyRenames.apply(r.yaml(), r.problems(), warnings);
        unknownKeys(r, "", ConfigKeys.ROOT);
        unknownKeys(r, "/markdown", ConfigKeys.MARKDOWN);
        unknownKeys(r, "/import", ConfigKeys.IMPORT);
        unknownKeys(r, "/output", ConfigKeys.OUTPUT);
        unknownKeys(r, "/author", ConfigKeys.AUTHOR);
        String baseUrl = r.text("/base_url").map(u -> checkBaseUrl(r, u)).orElse(d.baseUrl());
        int perPage = r.integer("/posts_per_page", 1, 10_000).orElse(d.postsPerPage());
        return new SiteConfig(
                r.text("/title").orElse(d.title()),
                baseUrl,
                r.text("/language").orElse(d.language()),
                r.text("/description").orElse(d.description()),
                perPage,
                taxonomies(r, d.taxonomies()),
                similar(r, d.similar()),
                new SiteConfig.MarkdownConfig(r.isMapOrAbsent("/markdown")
                        ? r.bool("/markdown/unsafe_html").orElse(false) : false),
                new SiteConfig.ImportConfig(r.isMapOrAbsent("/import")
                        ? r.text("/import/tags_from").orElse(d.importer().tagsFrom()) : d.importer().tagsFrom()),
                ContentSettings.read(r, d.content()), output(r, d.output()), false, environments(r), pages(r, d.pages()));
    }

    private static SiteConfig.PageConfig pages(NodeReader r, SiteConfig.PageConfig d) {
        String favicon = r.text("/favicon").orElse(d.favicon());
        if (!favicon.endsWith(".svg") || favicon.startsWith("/") || favicon.contains("..") || favicon.contains(":")) {
            r.problem("/favicon", "favicon: expected a site-relative path of an SVG file such as assets/favicon.svg, got \"" + favicon + "\"");
            favicon = d.favicon();
        }
        boolean author = r.isMapOrAbsent("/author");
        String authorUrl = author ? r.text("/author/url").orElse(d.authorUrl()) : d.authorUrl();
        if (!authorUrl.isEmpty() && !authorUrl.matches("https?://\\S+")) {
            r.problem("/author/url", "author.url: expected an absolute http(s) URL, got \"" + authorUrl + "\"");
            authorUrl = "";
        }
        String image = r.text("/image").orElse(d.image());
        if (image.contains("..") || image.toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")
                || (image.contains(":") && !image.matches("https?://\\S+"))) {
            r.problem("/image", "image: expected a site-relative path or an absolute http(s) URL, got \"" + image + "\"");
            image = d.image();
        }
        return new SiteConfig.PageConfig(favicon, image,
                author ? r.text("/author/name").orElse(d.authorName()) : d.authorName(), authorUrl,
                r.bool("/noindex_paged").orElse(d.noindexPaged()),
                r.integer("/toc_min_sections", 0, 1000).orElse(d.tocMinSections()));
    }

    private static String checkBaseUrl(NodeReader r, String url) {
        return checkBaseUrl(r, "/base_url", "base_url", url);
    }

    private static String checkBaseUrl(NodeReader r, String at, String key, String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme();
            if (u.getHost() == null || scheme == null || !(scheme.equals("http") || scheme.equals("https"))
                    || u.getQuery() != null || u.getFragment() != null) {
                throw new URISyntaxException(url, "not an absolute http(s) URL");
            }
            return url.endsWith("/") ? url : url + "/";
        } catch (URISyntaxException e) {
            r.problem(at, key + ": expected an absolute http(s) URL such as https://example.org/blog/, got \"" + url + "\"");
            return SiteConfig.DEFAULT_BASE_URL;
        }
    }

    private static List<SiteConfig.TaxonomyConfig> taxonomies(NodeReader r, List<SiteConfig.TaxonomyConfig> def) {
        JsonNode n = r.node("/taxonomies");
        if (n.isMissingNode() || n.isNull()) return def;
        if (!n.isArray()) {
            r.wrong("/taxonomies", "a list of taxonomies ({field, path, title, singular} or a field name)", n);
            return def;
        }
        List<SiteConfig.TaxonomyConfig> out = new ArrayList<>();
        Set<String> paths = new java.util.HashSet<>();
        for (int i = 0; i < n.size(); i++) {
            String at = "/taxonomies/" + i;
            String field;
            String path;
            String title;
            String singular;
            if (n.get(i).isTextual()) {
                field = n.get(i).asText();
                path = field;
                title = capitalize(field);
                singular = field;
            } else if (n.get(i).isObject()) {
                unknownKeys(r, at, ConfigKeys.TAXONOMY);
                field = r.text(at + "/field").orElse("");
                path = r.text(at + "/path").orElse(field);
                title = r.text(at + "/title").orElse(capitalize(path));
                singular = r.text(at + "/singular").orElse(field);
            } else {
                r.wrong(at, "a taxonomy ({field, path, title, singular} or a field name)", n.get(i));
                continue;
            }
            if (!FIELD.matcher(field).matches()) {
                r.problem(r.has(at + "/field") ? at + "/field" : at, "taxonomies[" + i + "].field: expected a front-matter field name such as tags, got \"" + field + "\"");
            } else if (!URL_SEGMENT.matcher(path).matches()) {
                r.problem(r.has(at + "/path") ? at + "/path" : at, "taxonomies[" + i + "].path: expected lowercase letters, digits, '-' or '_', got \"" + path + "\"");
            } else if (List.of("posts", "page", "assets", "archive", "search").contains(path) || !paths.add(path)) {
                r.problem(at, "taxonomies[" + i + "].path: \"" + path + "\" is used twice or reserved (posts, page, assets, archive, search)");
            } else {
                out.add(new SiteConfig.TaxonomyConfig(field, path, title, singular));
            }
        }
        return List.copyOf(out);
    }

    private static SiteConfig.SimilarConfig similar(NodeReader r, SiteConfig.SimilarConfig d) {
        if (!r.isMapOrAbsent("/similar")) return d;
        unknownKeys(r, "/similar", ConfigKeys.SIMILAR);
        Map<String, Double> weights = d.weights();
        if (r.has("/similar/weights") && r.isMapOrAbsent("/similar/weights")) {
            Map<String, Double> w = new LinkedHashMap<>(d.weights());
            Iterator<String> names = r.node("/similar/weights").fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String at = "/similar/weights/" + name;
                if (!d.weights().containsKey(name)) {
                    r.problemAtKey(at, "similar.weights." + name + ": unknown field, expected one of " + new java.util.TreeSet<>(d.weights().keySet()));
                    continue;
                }
                r.number(at).ifPresent(v -> {
                    if (v < 0) r.problem(at, "similar.weights." + name + ": expected a number 0 or above, got " + v);
                    else w.put(name, v);
                });
            }
            weights = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(w));
        }
        double share = r.number("/similar/max_term_share").orElse(d.maxTermShare());
        if (share <= 0 || share > 1) {
            r.problem("/similar/max_term_share", "similar.max_term_share: expected a number above 0 and at most 1, got " + share);
            share = d.maxTermShare();
        }
        double lengthNorm = r.number("/similar/length_norm").orElse(d.lengthNorm());
        if (lengthNorm < 0 || lengthNorm > 1) {
            r.problem("/similar/length_norm", "similar.length_norm: expected a number from 0 to 1, got " + lengthNorm);
            lengthNorm = d.lengthNorm();
        }
        return new SiteConfig.SimilarConfig(
                r.integer("/similar/count", 0, 100).orElse(d.count()),
                r.bool("/similar/include_newer").orElse(d.includeNewer()),
                weights, share,
                r.integer("/similar/postings_cap", 100, Integer.MAX_VALUE).orElse(d.postingsCap()),
                lengthNorm);
    }

    private static Map<String, SiteConfig.EnvironmentConfig> environments(NodeReader r) {
        if (!r.isMapOrAbsent("/environments") || !r.has("/environments")) return Map.of();
        Map<String, SiteConfig.EnvironmentConfig> out = new java.util.TreeMap<>();
        Iterator<String> names = r.node("/environments").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String at = "/environments/" + name;
            if (!URL_SEGMENT.matcher(name).matches()) {
                r.problemAtKey(at, "environments." + name + ": expected a name of lowercase letters, digits, '-' or '_'");
                continue;
            }
            if (!r.isMapOrAbsent(at)) continue;
            unknownKeys(r, at, ConfigKeys.ENVIRONMENT);
            String url = r.text(at + "/base_url").map(u -> checkBaseUrl(r, at + "/base_url", "environments." + name + ".base_url", u)).orElse(null);
            out.put(name, new SiteConfig.EnvironmentConfig(url, r.bool(at + "/drafts").orElse(false), r.bool(at + "/noindex").orElse(false)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static SiteConfig.OutputConfig output(NodeReader r, SiteConfig.OutputConfig d) {
        if (!r.isMapOrAbsent("/output")) return d;
        String mode = r.text("/output/mode").orElse(d.mode());
        if (!mode.equals(SiteConfig.OutputConfig.RELEASES) && !mode.equals(SiteConfig.OutputConfig.FOLDER)) {
            r.problem("/output/mode", "output.mode: expected releases or folder, got \"" + mode + "\"");
            mode = d.mode();
        }
        String links = r.text("/output/broken_links").orElse(d.brokenLinksWarn() ? "warn" : "error");
        if (!links.equals("warn") && !links.equals("error")) {
            r.problem("/output/broken_links", "output.broken_links: expected error or warn, got \"" + links + "\"");
            links = "error";
        }
        return new SiteConfig.OutputConfig(mode, r.integer("/output/keep", 1, 1000).orElse(d.keep()), links.equals("warn"));
    }

    static void unknownKeys(NodeReader r, String at, Set<String> known) {
        JsonNode n = r.node(at);
        if (!n.isObject()) return;
        Iterator<String> it = n.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!known.contains(k)) {
                String where = at.isEmpty() ? "" : NodeReader.fieldName(at) + ".";
                r.problemAtKey(at + "/" + k, where + k + ": unknown setting, expected one of " + new java.util.TreeSet<>(known));
            }
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
