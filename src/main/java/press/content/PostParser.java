package press.content;

import com.fasterxml.jackson.databind.JsonNode;
import press.config.LocatedYaml;
import press.config.NodeReader;
import press.config.SiteConfig;
import press.model.Post;
import press.problem.Problems;
import press.problem.SourcePos;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    public PostParser(SiteConfig config) {
        this.config = config;
        this.markdown = new MarkdownRenderer(config.markdown().unsafeHtml(), config.pages().tocMinSections());
        Set<String> fields = new LinkedHashSet<>(List.of("tags", "stack", "tools"));
        config.taxonomies().forEach(t -> fields.add(t.field()));
        this.termFields = fields;
    }

    /** Parses {@code file} (relative to the site folder, for messages) from its bytes; empty when it has problems. */
    public Optional<Post> parse(Path file, byte[] bytes, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(SourcePos.of(file, 1, 0), "not UTF-8 text, expected a UTF-8 Markdown file");
            return Optional.empty();
        }
        text = text.replace("\r\n", "\n");
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
        Post post = bind(file, new NodeReader(yaml, mine), fm);
        if (!mine.isEmpty()) {
            problems.addAll(mine);
            return Optional.empty();
        }
        return Optional.of(post);
    }

    private Post bind(Path file, NodeReader r, FrontMatter fm) {
        String fileName = file.getFileName().toString().replaceFirst("\\.md$", "");
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

        MarkdownRenderer.Rendered body = markdown.render(fm.body());
        return new Post(SourcePos.display(file), slug, title, date,
                lastmod != null ? lastmod : date == null ? null : date.toLocalDate(),
                draft,
                r.text("/summary").or(() -> r.text("/description")).orElse(""),
                r.text("/difficulty").orElse(""),
                r.text("/code_language").orElse(""),
                readingTime >= 0 ? readingTime : body.readingMinutes(),
                terms, problem.strip(), entities, checklist,
                !checklist.isEmpty() && checklist.stream().allMatch(c -> body.listItems().contains(MarkdownRenderer.listText(c))),
                body.html(), body.firstImage(),
                MetaTree.of(r.node("")));
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
