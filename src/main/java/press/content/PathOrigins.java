package press.content;

import press.config.NodeReader;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where in a content file its address comes from, for the message when two outputs claim one
 * path: the {@code url:}, {@code permalink:} or {@code slug:} that set it (a post's {@code title:},
 * which its slug is made from), an entry of {@code aliases:}, else line 1. The file is read again
 * only when a clash is reported, so posts and pages do not carry positions they almost never need.
 */
public final class PathOrigins {
    private static final String[] PAGE_KEYS = {"/url", "/permalink", "/slug"};
    private static final String[] POST_KEYS = {"/url", "/permalink", "/slug", "/title"};

    private final Path siteDir;

    /** @param siteDir the site folder; sources are relative to it ({@code content/about.md}) */
    public PathOrigins(Path siteDir) {
        this.siteDir = siteDir;
    }

    /** The place that gave the page {@code source} its path. */
    public SourcePos page(String source) {
        return first(source, PAGE_KEYS);
    }

    /** The place that gave the post {@code source} its path. */
    public SourcePos post(String source) {
        return first(source, POST_KEYS);
    }

    /** The place of the post's slug: {@code slug:}, else the {@code title:} it is made from. */
    public SourcePos slug(String source) {
        return first(source, "/slug", "/title");
    }

    /** The entry of {@code aliases:} (or {@code redirect_from:}) in {@code source} that names the site path {@code alias} ({@code old/}). */
    public SourcePos alias(String source, String alias) {
        NodeReader r = read(source);
        if (r == null) return start(source);
        for (String key : CommonFields.ALIAS_KEYS) {
            var list = r.node(key);
            String name = key.substring(1);
            if (!list.isArray()) {
                if (r.has(key) && same(list.asText(), alias)) return found(source, r.at(key), name);
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                if (same(list.get(i).asText(), alias)) return found(source, r.at(key + "/" + i), list.get(i).asText().strip());
            }
        }
        for (String key : CommonFields.ALIAS_KEYS) if (r.has(key)) return found(source, r.at(key), key.substring(1));
        return start(source);
    }

    /** Whether the alias as written ({@code /old}) names the site path {@code alias} ({@code old/}). */
    private static boolean same(String given, String alias) {
        String path = given.strip();
        while (path.startsWith("/")) path = path.substring(1);
        return path.equals(alias) || (path + "/").equals(alias);
    }

    private SourcePos first(String source, String... keys) {
        NodeReader r = read(source);
        if (r == null) return start(source);
        for (String key : keys) if (r.has(key)) return found(source, r.yaml().keyAt(key), key.substring(1));
        return start(source);
    }

    /**
     * {@code pos}, or, when the parser kept no place for it (Jackson's TOML reader keeps none), the
     * first line of the file's front matter holding {@code text} (a key or a quoted value), else line 1.
     */
    private SourcePos found(String source, SourcePos pos, String text) {
        if (pos.line() > 0) return pos;
        try {
            java.util.List<String> lines = Files.readAllLines(siteDir.resolve(source));
            for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("+++"); i++) {
                int col = lines.get(i).indexOf(text);
                if (col >= 0) return SourcePos.of(Path.of(source), i + 1, col + 1);
            }
        } catch (IOException | RuntimeException e) {
            // read once already; if it went away, line 1 still names the file
        }
        return start(source);
    }

    private static SourcePos start(String source) {
        return SourcePos.of(Path.of(source), 1, 1);
    }

    private NodeReader read(String source) {
        try {
            byte[] bytes = Files.readAllBytes(siteDir.resolve(source));
            FrontMatterReader.Read read = FrontMatterReader.read(Path.of(source), bytes, new Problems(), true);
            return read == null ? null : read.fields();
        } catch (IOException | RuntimeException e) {
            return null; // the file went away or does not read: the message still names it, at line 1
        }
    }
}
