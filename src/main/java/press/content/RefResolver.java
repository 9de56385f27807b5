package press.content;

import press.problem.Problems;
import press.problem.SourcePos;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Resolves the links that Hugo's {@code ref}/{@code relref} and Jekyll's {@code link}/{@code post_url}
 * leave in a body, once every page's address is known. A target is a file of {@code content/}:
 * {@code docs/install.md}, {@code /docs/install}, {@code _posts/2016-07-10-x.md}, or a file name
 * alone when only one file has it ({@code install}, {@code 2016-07-10-x} for post_url); a
 * {@code #fragment} is kept. A target that names no published page is an error at the tag.
 */
public final class RefResolver {
    private final Map<String, String> given;
    private final String basePath;
    private Tables tables; // made when a body first holds a marker: most sites have none, and every build makes a resolver

    /** The published files by path under content/ ({@code docs/install.md}), and by stem (file name, or folder name for an index). */
    private record Tables(Map<String, String> pathBySource, Map<String, List<String>> sourcesByStem) {}

    /** {@code pathBySource}: each published file ({@code content/docs/install.md}) to its output path ({@code docs/install/}). */
    public RefResolver(Map<String, String> pathBySource, String basePath) {
        this.given = pathBySource;
        this.basePath = basePath;
    }

    private synchronized Tables tables() {
        if (tables != null) return tables;
        Map<String, String> pathBySource = new TreeMap<>();
        Map<String, List<String>> sourcesByStem = new TreeMap<>();
        given.forEach((source, path) -> {
            String rel = source.startsWith("content/") ? source.substring("content/".length()) : source;
            pathBySource.put(rel, path);
            String name = Path.of(rel).getFileName().toString();
            String stem = ContentScanner.stem(name);
            if (stem.equals("index") || stem.equals("_index")) {
                Path parent = Path.of(rel).getParent();
                stem = parent == null ? "" : parent.getFileName().toString();
            }
            sourcesByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(rel);
        });
        return tables = new Tables(pathBySource, sourcesByStem);
    }

    /** {@code html} with each link marker replaced by the target's URL; problems for targets that are not found. */
    public String resolve(String file, String html, Problems problems) {
        if (!html.contains(Shortcodes.REF)) return html;
        Matcher m = Shortcodes.REF_MARKER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = new String(HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_8);
            String url = url(target);
            if (url == null) {
                problems.add(SourcePos.of(Path.of(file), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                        (target.startsWith("post_url:") ? "post_url \"" + target.substring(9).strip() : "ref \"" + target) + "\": no published page for it, expected a file of content/ such as docs/install.md "
                                + "(or a file name that only one file has)");
                url = "#";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(Shortcodes.escape(url)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String url(String raw) {
        String target = raw.strip();
        if (target.length() >= 2 && (target.startsWith("\"") || target.startsWith("'"))) target = target.substring(1, target.length() - 1);
        boolean postUrl = target.startsWith("post_url:");
        if (postUrl) target = target.substring("post_url:".length()).strip();
        String fragment = "";
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = target.substring(hash);
            target = target.substring(0, hash);
        }
        while (target.startsWith("/")) target = target.substring(1);
        if (target.startsWith("content/")) target = target.substring("content/".length());
        if (target.endsWith("/")) target = target.substring(0, target.length() - 1);
        if (target.isEmpty()) return fragment.isEmpty() ? null : fragment;
        String path = postUrl ? null : find(target);
        if (path == null) {
            String stem = ContentScanner.stem(Path.of(target).getFileName().toString());
            List<String> same = tables().sourcesByStem().getOrDefault(postUrl ? Path.of(target).getFileName().toString() : stem, List.of());
            if (same.size() == 1) path = tables().pathBySource().get(same.get(0));
        }
        return path == null ? null : basePath + path + fragment;
    }

    private String find(String target) {
        Map<String, String> pathBySource = tables().pathBySource();
        if (pathBySource.containsKey(target)) return pathBySource.get(target);
        for (String rel : pathBySource.keySet()) {
            String stemmed = rel.substring(0, rel.length() - Path.of(rel).getFileName().toString().length()) + ContentScanner.stem(Path.of(rel).getFileName().toString());
            if (stemmed.equals(target) || stemmed.equals(target + "/index") || stemmed.equals(target + "/_index")) return pathBySource.get(rel);
        }
        return null;
    }
}
