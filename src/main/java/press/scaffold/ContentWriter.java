package press.scaffold;

import press.content.Slugs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** {@code press new post "Title"} and {@code press new page docs/install}: one Markdown file with its front matter filled in. */
public final class ContentWriter {
    private static final Pattern PAGE_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    private ContentWriter() {}

    /**
     * Writes {@code content/posts/<slug>.md} in the site folder {@code source}.
     *
     * @return the file written, relative to {@code source}
     * @throws IllegalArgumentException when the title has no letters or digits, or the file exists
     */
    public static Path newPost(Path source, String title, LocalDate date) {
        String slug = Slugs.of(title);
        if (slug.isEmpty()) throw new IllegalArgumentException("the title \"" + title + "\" has no letters or digits for a file name, expected a title such as \"Hello world\"");
        return write(source, Path.of("content/posts/" + slug + ".md"), post(title, date, "Write here.\n"));
    }

    /**
     * Writes {@code content/<path>.md} (a page at {@code /<path>/}) in the site folder {@code source}.
     *
     * @throws IllegalArgumentException when the path is not a plain relative path, or the file exists
     */
    public static Path newPage(Path source, String path) {
        String p = path.replaceFirst("^/+", "").replaceFirst("/+$", "").replaceFirst("\\.md$", "");
        if (!PAGE_PATH.matcher(p).matches()) {
            throw new IllegalArgumentException("\"" + path + "\" is not a page path, expected letters, digits, '-', '_' or '.' in parts separated by /, such as docs/install");
        }
        String name = p.substring(p.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return write(source, Path.of("content/" + p + ".md"), "---\ntitle: " + quoted(title) + "\n---\nWrite here.\n");
    }

    static String post(String title, LocalDate date, String body) {
        return "---\ntitle: " + quoted(title) + "\ndate: " + date + "\ntags: []\ndraft: false\n---\n" + body;
    }

    /** A YAML double-quoted string (JSON escaping is valid YAML), so titles with ':' or '#' stay text. */
    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static Path write(Path source, Path relative, String text) {
        Path f = source.resolve(relative);
        if (Files.exists(f)) throw new IllegalArgumentException(relative + " already exists, expected a new file (pick another title or path)");
        try {
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
