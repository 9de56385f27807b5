package press.content;

import com.fasterxml.jackson.databind.JsonNode;
import press.config.LocatedYaml;
import press.config.NodeReader;
import press.config.SiteConfig;
import press.model.Post;
import press.model.PostBody;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One post file to a {@link Post}: front matter split and bound with positions, Markdown
 * rendered. Every problem of the file goes to the collector; a file with problems gives no post.
 * Thread-safe.
 */
public final class PostParser {
    /** Jekyll names posts {@code 2024-05-01-title.md}; the date and slug come from the name when the front matter has none. */
    private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");
    private static final Set<String> TEXT_FIELDS = Set.of("summary", "description", "topic", "ai_brief",
            "code_language", "difficulty", "reference", "hash");
    private static final Set<String> MAP_FIELDS = Set.of("score", "flags", "payload", "ai_outline", "revision");

    private final SiteConfig config;
    private final MarkdownRenderer markdown;
    private final Set<String> termFields;
    private final boolean unsafeHtml;
    private final MetaTree meta = new MetaTree();

    public PostParser(SiteConfig config) {
        this.config = config;
        this.unsafeHtml = config.markdown().unsafeHtml();
        this.markdown = new MarkdownRenderer(unsafeHtml);
        Set<String> fields = new LinkedHashSet<>(List.of("tags", "stack", "tools"));
        config.taxonomies().forEach(t -> fields.add(t.field()));
        this.termFields = fields;
    }

    /** Parses {@code file} (relative to the site folder, for messages) from its bytes, body rendered now; empty when it has problems. */
    public Optional<Post> parse(Path file, byte[] bytes, Problems problems) {
        return parse(file, bytes, problems, null);
    }

    /**
     * Reads and parses {@code file} (relative to {@code source}); the body is rendered from the
     * file again when a page asks for it, so no post holds its HTML between parse and write.
     */
    public Optional<Post> read(Path source, Path file, Problems problems) throws IOException {
        return parse(file, Files.readAllBytes(source.resolve(file)), problems, source.resolve(file));
    }

    private Optional<Post> parse(Path file, byte[] bytes, Problems problems, Path reread) {
        String text = text(bytes);
        if (text == null) {
            problems.add(SourcePos.of(file, 1, 0), "not UTF-8 text, expected a UTF-8 Markdown file");
            return Optional.empty();
        }
        String[] error = new String[1];
        FrontMatter fm = FrontMatter.split(text, error);
        if (fm == null) {
            problems.add(SourcePos.of(file, 1, 1), error[0]);
            return Optional.empty();
        }
        Problems mine = new Problems();
        LocatedYaml yaml = LocatedYaml.parse(file, fm.yaml(), fm.yamlLine() - 1, mine);
        if (yaml == null) {
            problems.addAll(mine);
            return Optional.empty();
        }
        if (!yaml.root().isObject()) {
            mine.add(SourcePos.of(file, fm.yamlLine(), 1), "front matter: expected a map of fields (title: ..., date: ...)");
            problems.addAll(mine);
            return Optional.empty();
        }
        Post post = bind(file, new NodeReader(yaml, mine), fm, reread == null ? null : body(file, reread, bytes));
        if (!mine.isEmpty()) {
            problems.addAll(mine);
            return Optional.empty();
        }
        return Optional.of(post);
    }

    /** UTF-8 text with \r\n as \n, or null when the bytes are not UTF-8. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The body of {@code path}, rendered from the file when asked for. Its key is a digest of the
     * bytes parsed now and of the Markdown settings; a file that changed since is an error, so a
     * page never mixes two versions of a post.
     */
    private PostBody body(Path file, Path path, byte[] bytes) {
        return body(file, path, digest(bytes));
    }

    /** {@code post}, read back from a cache, with a body that renders from {@code file} (relative to {@code source}) again. */
    Post rebody(Post post, Path source, Path file) {
        String key = post.body().key();
        if (key.startsWith("html:")) return post;
        return post.withBody(body(file, source.resolve(file), key.substring(0, key.indexOf('+') < 0 ? key.length() : key.indexOf('+'))));
    }

    private PostBody body(Path file, Path path, String digest) {
        return PostBody.lazy(digest + (unsafeHtml ? "+html" : ""), () -> {
            byte[] now;
            try {
                now = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(SourcePos.display(file) + ": cannot read again: " + e.getMessage(), e);
            }
            String text = digest(now).equals(digest) ? text(now) : null;
            FrontMatter fm = text == null ? null : FrontMatter.split(text, new String[1]);
            if (fm == null) {
                throw new IllegalStateException(SourcePos.display(file) + " changed during the build, expected it to stay as it was (build again)");
            }
            return markdown.render(fm.body()).html();
        });
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Post bind(Path file, NodeReader r, FrontMatter fm, PostBody lazyBody) {
        String name = file.getFileName().toString();
        String fileName = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        Matcher jekyll = JEKYLL_NAME.matcher(fileName);

        String title = r.text("/title").orElse("");
        if (!r.has("/title")) r.problem("", "title: required, expected the post's title as text");
        else if (title.isBlank() && r.node("/title").isValueNode()) r.problem("/title", "title: expected a non-empty title"); // a list or map was already reported

        OffsetDateTime date = date(r, "/date").orElse(null);
        if (date == null && !r.has("/date")) {
            if (jekyll.matches()) date = Dates.parse(jekyll.group(1)).orElse(null);
            if (date == null) r.problem("", "date: required, expected " + Dates.EXPECTED);
        }
        LocalDate lastmod = r.isMapOrAbsent("/revision")
                ? date(r, "/revision/last_reviewed").map(OffsetDateTime::toLocalDate).orElse(null) : null;

        String slug = slug(r, title, jekyll.matches() ? jekyll.group(2) : fileName);
        boolean draft = r.bool("/draft").orElse(false) | !r.bool("/published").orElse(true);

        for (String f : TEXT_FIELDS) r.text("/" + f);
        for (String f : MAP_FIELDS) r.isMapOrAbsent("/" + f);
        int readingTime = r.integer("/reading_time", 0, 100_000).orElse(-1);
        r.integer("/view_count", 0, Integer.MAX_VALUE);

        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (String f : termFields) r.textList("/" + f).ifPresent(v -> terms.put(f, v));
        List<String> checklist = r.textList("/checklist").orElse(List.of());
        r.textList("/notes");
        List<String> entities = namedItems(r, "/entities", "name");
        namedItems(r, "/image_sources", "url");

        String problem = r.text("/ai_outline/problem").orElseGet(() -> {
            String topic = r.text("/topic").orElse("");
            int cut = topic.indexOf(" / ");
            return cut < 0 ? topic : topic.substring(0, cut);
        });

        // a lazy body is rendered when its page is written; the reading time then needs only the parse
        PostBody body;
        if (lazyBody == null) {
            MarkdownRenderer.Rendered rendered = markdown.render(fm.body());
            body = PostBody.of(rendered.html());
            if (readingTime < 0) readingTime = rendered.readingMinutes();
        } else {
            body = lazyBody;
            if (readingTime < 0) readingTime = markdown.readingMinutes(fm.body());
        }
        return new Post(SourcePos.display(file), slug, title, date,
                lastmod != null ? lastmod : date == null ? null : date.toLocalDate(),
                draft,
                r.text("/summary").or(() -> r.text("/description")).orElse(""),
                r.text("/difficulty").orElse(""),
                r.text("/code_language").orElse(""),
                readingTime,
                terms, problem.strip(), entities, checklist, body,
                meta.of(r.node("")));
    }

    private static Optional<OffsetDateTime> date(NodeReader r, String pointer) {
        Optional<String> text = r.text(pointer);
        if (text.isEmpty()) return Optional.empty();
        Optional<OffsetDateTime> d = Dates.parse(text.get());
        if (d.isEmpty()) r.problem(pointer, NodeReader.fieldName(pointer) + ": expected " + Dates.EXPECTED + ", got \"" + text.get() + "\"");
        return d;
    }

    private static String slug(NodeReader r, String title, String fileName) {
        Optional<String> given = r.text("/slug");
        if (given.isPresent()) {
            if (Slugs.valid(given.get())) return given.get();
            r.problem("/slug", "slug: expected letters, digits, '-', '_' or '.', got \"" + given.get() + "\"");
            return "";
        }
        String s = Slugs.of(title);
        if (s.isEmpty()) s = Slugs.of(fileName);
        if (s.isEmpty()) r.problem("/title", "slug: the title and file name have no letters or digits for a URL, expected a slug: field");
        return s;
    }

    /** A list of maps each holding a text {@code key} ({@code entities[].name}); returns those values. */
    private static List<String> namedItems(NodeReader r, String pointer, String key) {
        JsonNode list = r.node(pointer);
        if (list.isMissingNode() || list.isNull()) return List.of();
        if (!list.isArray()) {
            r.wrong(pointer, "a list of maps with " + key + ":", list);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = pointer + "/" + i;
            if (!list.get(i).isObject()) {
                r.wrong(at, "a map with " + key + ":", list.get(i));
                continue;
            }
            list.get(i).fieldNames().forEachRemaining(f -> r.text(at + "/" + f));
            r.text(at + "/" + key).ifPresent(out::add);
        }
        return List.copyOf(out);
    }
}
