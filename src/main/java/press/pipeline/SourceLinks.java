package press.pipeline;

import press.model.Page;
import press.model.Post;
import press.model.Section;
import press.model.Site;
import press.problem.SourcePos;
import press.publish.ReleaseWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * For the release check: the Markdown file behind each written page, and where in it a link is
 * written ({@code [notes](notes.md)}, {@code [notes]: notes.md}, {@code <notes.md>}), so a broken
 * link is reported at {@code path:line:col} of the author's file. A link the file does not hold
 * (the theme's navigation, a link a shortcode made) has no origin and is reported at the page.
 */
final class SourceLinks implements ReleaseWriter.LinkOrigins {
    private final Path source;
    private final String baseUrl;
    private final String basePath;
    private final Map<String, String> sourceOf = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    SourceLinks(Path source, Site site) {
        this.source = source;
        this.baseUrl = site.config().baseUrl();
        this.basePath = site.config().basePath();
        for (Post p : site.posts()) sourceOf.put(file(p.path()), p.source());
        for (Page p : site.pages()) sourceOf.put(file(p.path()), p.source());
        for (Section s : site.sections()) if (s.index() != null) sourceOf.put(file(s.path()), s.index().source());
        if (site.home() != null) sourceOf.put("index.html", site.home().source());
    }

    private static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    @Override
    public ReleaseWriter.Origin find(String page, String url) {
        String file = sourceOf.get(page);
        if (file == null) return null;
        String text = texts.computeIfAbsent(file, f -> read(source.resolve(f)));
        for (String written : new String[] {url, asWritten(url)}) {
            if (written == null) continue;
            for (String before : new String[] {"(", "]: ", "<"}) {
                int i = text.indexOf(before + written);
                if (i < 0) continue;
                int start = linkStart(text, i, before);
                int end = start == i + before.length() ? start + written.length() : text.indexOf(')', i + 1 + written.length()) + 1;
                return new ReleaseWriter.Origin(at(file, text, start), text.substring(start, end));
            }
        }
        return null;
    }

    /** The URL as the author wrote it, before press put the base path or base URL before it ({@code /blog/docs/} was {@code /docs/}); null when the same. */
    private String asWritten(String url) {
        if (url.startsWith(baseUrl)) return "/" + url.substring(baseUrl.length());
        if (!basePath.equals("/") && url.startsWith(basePath)) return "/" + url.substring(basePath.length());
        return null;
    }

    /**
     * Where the link found at {@code at} starts: its {@code [} (or the {@code !} of an image) when
     * it is written {@code [text](url)}, else the URL itself (after {@code before}).
     */
    private static int linkStart(String text, int at, String before) {
        if (!before.equals("(") || at == 0 || text.charAt(at - 1) != ']' || text.indexOf(')', at) < 0) return at + before.length();
        int depth = 0;
        for (int k = at - 1; k >= 0 && at - k < 500 && !(text.charAt(k) == '\n' && k > 0 && text.charAt(k - 1) == '\n'); k--) {
            char c = text.charAt(k);
            if (c == ']') depth++;
            if (c == '[' && --depth == 0) return k > 0 && text.charAt(k - 1) == '!' ? k - 1 : k;
        }
        return at + before.length();
    }

    private static SourcePos at(String file, String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < index; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return SourcePos.of(Path.of(file), line, index - lineStart + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
