package press.content;

import com.fasterxml.jackson.databind.JsonNode;
import press.config.NodeReader;
import press.config.SiteConfig;
import press.model.BodyIndex;
import press.model.BodyText;
import press.model.PackedMeta;
import press.model.Post;
import press.model.PostBody;
import press.model.ShortcodeCall;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * One post file to a {@link Post}: front matter split and bound with positions, Markdown parsed
 * once and rendered, and what the indexes need of the body (its words, its search terms) made from
 * the same parse by the site's {@link Indexer}. The HTML goes to a {@link BodyStore} on disk until
 * its page is written, so no post holds its HTML in memory between parse and write. Every problem
 * of the file goes to the collector; a file with problems gives no post. Thread-safe.
 */
public final class PostParser {
    /** Jekyll names posts {@code 2024-05-01-title.md}; the date and slug come from the name when the front matter has none. */
    private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");
    private static final Set<String> TEXT_FIELDS = Set.of("summary", "description", "topic", "ai_brief",
            "code_language", "difficulty", "reference", "hash");
    private static final Set<String> MAP_FIELDS = Set.of("score", "flags", "payload", "ai_outline", "revision");

    private final SiteConfig config;
    private final boolean unsafeHtml;
    private final MarkdownRenderer markdown;
    private final SiteVariables site;
    private final Set<String> termFields;
    private final Indexer indexer;
    private final Cascade cascade;
    private final boolean hugo;
    /** A digest of the config, the first part of every post's origin ({@link Post.Digests}): made when first asked for. */
    private volatile String configDigest;
    private final BodyStore store = BodyStore.open();

    /** Turns a post's title and body text into what the site-wide indexes keep of it (similar posts, search). */
    @FunctionalInterface
    public interface Indexer {
        BodyIndex index(String title, BodyText text);

        /** Keeps nothing: for commands that never compare or search posts. */
        Indexer NONE = (title, text) -> BodyIndex.NONE;
    }

    public PostParser(SiteConfig config, Indexer indexer) {
        this(config, indexer, Cascade.NONE);
    }

    /** As above, with the fields the sections' {@code cascade:} gives each post. */
    public PostParser(SiteConfig config, Indexer indexer, Cascade cascade) {
        this(config, indexer, cascade, false);
    }

    /** As above; {@code hugo}: the content folder is a Hugo site's, where fenced code holds no Liquid ({@link SiteVariables#liquidInCode}). */
    public PostParser(SiteConfig config, Indexer indexer, Cascade cascade, boolean hugo) {
        this.cascade = cascade;
        this.hugo = hugo;
        this.config = config;
        this.indexer = indexer;
        this.unsafeHtml = config.markdown().unsafeHtml();
        this.markdown = new MarkdownRenderer(unsafeHtml, config.basePath(), config.pages().tocMinSections());
        this.site = SiteVariables.of(config).withLiquidInCode(!hugo);
        Set<String> fields = new LinkedHashSet<>(List.of("tags", "stack", "tools", "categories"));
        config.taxonomies().forEach(t -> fields.add(t.field()));
        this.termFields = fields;
    }

    /** Parses {@code file} (relative to the site folder, for messages) from its bytes; empty when it has problems. */
    public Optional<Post> parse(Path file, byte[] bytes, Problems problems) {
        return parse(file, bytes, digest(bytes), problems);
    }

    /** As above, {@code digest} being the bytes' content hash ({@link press.digest.ContentHash}). */
    private Optional<Post> parse(Path file, byte[] bytes, String digest, Problems problems) {
        FrontMatterReader.Read read = FrontMatterReader.read(file, bytes, problems, false, cascade);
        if (read == null) return Optional.empty();
        Post post = bind(file, read.fields(), body(file, read, digest), origin(file, digest));
        if (!read.problems().isEmpty()) {
            problems.addAll(read.problems());
            return Optional.empty();
        }
        return Optional.of(post);
    }

    /** Reads and parses {@code file} (relative to {@code source}). */
    public Optional<Post> read(Path source, Path file, Problems problems) throws IOException {
        return parse(file, Files.readAllBytes(source.resolve(file)), problems);
    }

    /**
     * As above, telling {@code hashed} the content hash of the bytes read ({@link press.digest.ContentHash}:
     * what {@code build.json} hashes the file by), so a build need not read the file again for it.
     */
    public Optional<Post> read(Path source, Path file, Problems problems, java.util.function.BiConsumer<Path, String> hashed) throws IOException {
        byte[] bytes = Files.readAllBytes(source.resolve(file));
        String digest = digest(bytes);
        hashed.accept(file, digest);
        return parse(file, bytes, digest, problems);
    }

    /** A body and what the parse needs of it: reading minutes, and (for bodies rendered now) shortcode warnings and calls. */
    private record Body(PostBody body, BodyIndex index, int readingMinutes, List<String> warnings, List<ShortcodeCall> calls,
                        Set<String> listItems, String firstImage) {}

    /**
     * The body rendered once. A body with shortcodes or Liquid tags is kept in memory (the site
     * expands and links it later); any other goes to the store, under a key made of a digest of the
     * file and the Markdown settings, so a rebuild can tell an unchanged body without reading it.
     */
    private Body body(Path file, FrontMatterReader.Read read, String digest) {
        String title = title(file, read.fields());
        FrontMatterReader.Rendered r = read.render(file, markdown, title, site);
        BodyIndex index = indexer.index(title, r.text());
        PostBody body = Shortcodes.mayHold(read.split().body()) ? PostBody.of(r.html())
                : PostBody.lazy(key(digest), store.put(r.html()));
        return new Body(body, index, r.readingMinutes(), r.warnings(), r.calls(), r.listItems(), r.firstImage());
    }

    /** The body's warnings, and one for Hugo's headless/build options, which a post does not take. */
    private static List<String> warnings(NodeReader r, Body body) {
        if (!PublishOptions.present(r)) return body.warnings();
        List<String> out = new java.util.ArrayList<>(body.warnings());
        out.add(PublishOptions.notApplied(r, "a post is always built and listed (home, feeds, taxonomies), expected draft: true to leave it out, "
                + "or the file in a section that is not dated"));
        return List.copyOf(out);
    }

    private String key(String digest) {
        return digest + (unsafeHtml ? "+html" : "") + "+" + config.basePath();
    }

    /**
     * {@code post}, read back from a cache, with a body rendered from {@code file} (relative to
     * {@code source}) again when first asked for, then kept in the store.
     */
    Post rebody(Post post, Path source, Path file) {
        if (post.body().isKnown()) return post;
        String key = post.body().key();
        return post.withBody(lazyBody(file, source.resolve(file), key.substring(0, key.indexOf('+') < 0 ? key.length() : key.indexOf('+')), post.title()));
    }

    /**
     * The body of {@code path}, rendered from the file when first asked for. A file that changed
     * since it was parsed is an error, so a page never mixes two versions of a post.
     */
    private PostBody lazyBody(Path file, Path path, String digest, String title) {
        java.util.concurrent.atomic.AtomicReference<java.util.function.Supplier<String>> kept = new java.util.concurrent.atomic.AtomicReference<>();
        return PostBody.lazy(key(digest), () -> {
            java.util.function.Supplier<String> stored = kept.get();
            if (stored != null) return stored.get();
            byte[] now;
            try {
                now = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(SourcePos.display(file) + ": cannot read again: " + e.getMessage(), e);
            }
            FrontMatter fm = digest(now).equals(digest)
                    ? FrontMatter.split(new String(now, StandardCharsets.UTF_8).replace("\r\n", "\n"), new String[1]) : null;
            if (fm == null) {
                throw new IllegalStateException(SourcePos.display(file) + " changed during the build, expected it to stay as it was (build again)");
            }
            String html = markdown.render(fm.body(), title).html();
            kept.set(store.put(html));
            return html;
        });
    }

    private static String digest(byte[] bytes) {
        return press.digest.ContentHash.hex(bytes);
    }

    /** The file name a post is named by: without its extension and the site's language, a bundle's folder for {@code index.md}. */
    private String fileName(Path file) {
        String fileName = FileLanguage.of(file.getFileName().toString(), config.content()).stem(); // hello.en.md is hello on an English site
        if (fileName.equals("index") && file.getParent() != null) fileName = file.getParent().getFileName().toString(); // a bundle: its folder names it
        return fileName;
    }

    /** The post's title: {@code title:}, else (Jekyll) from its file name, else "". */
    private String title(Path file, NodeReader r) {
        Matcher jekyll = JEKYLL_NAME.matcher(fileName(file));
        return !r.has("/title") && jekyll.matches() ? Slugs.humanize(jekyll.group(2)) : r.text("/title").orElse("");
    }

    /**
     * {@link Post.Digests#origin}: everything a post is parsed from, the inputs of the post cache's
     * key for a file (its bytes by digest here, not by size and time) and the config.
     */
    private String origin(Path file, String digest) {
        String c = configDigest;
        if (c == null) configDigest = c = press.digest.ContentHash.hex(config.toString().getBytes(StandardCharsets.UTF_8));
        return PostDigests.spelling().add("post origin 1").add(c).add(digest).add(SourcePos.display(file))
                .add(cascade.fingerprint(file)).add(hugo).hex();
    }

    private Post bind(Path file, NodeReader r, Body body, String origin) {
        String fileName = fileName(file);
        Matcher jekyll = JEKYLL_NAME.matcher(fileName);

        String title = title(file, r);
        if (!r.has("/title") && !jekyll.matches()) r.problem("", "title: required, expected the post's title as text");
        else if (title.isBlank() && r.node("/title").isValueNode()) r.problem("/title", "title: expected a non-empty title"); // a list or map was already reported

        OffsetDateTime date = date(r, "/date").orElse(null);
        if (date == null && !r.has("/date")) {
            if (jekyll.matches()) date = Dates.parse(jekyll.group(1)).orElse(null);
            if (date == null) r.problem("", "date: required, expected " + Dates.EXPECTED);
        }
        LocalDate lastmod = r.isMapOrAbsent("/revision")
                ? date(r, "/revision/last_reviewed").map(OffsetDateTime::toLocalDate).orElse(null) : null;
        if (lastmod == null) lastmod = date(r, "/lastmod").map(OffsetDateTime::toLocalDate).orElse(null);

        String slug = slug(r, title, jekyll.matches() ? jekyll.group(2) : fileName);
        boolean draft = r.bool("/draft").orElse(false) | !r.bool("/published").orElse(true);

        for (String f : TEXT_FIELDS) r.text("/" + f);
        for (String f : MAP_FIELDS) r.isMapOrAbsent("/" + f);
        int readingTime = r.integer("/reading_time", 0, 100_000).orElse(-1);
        r.integer("/view_count", 0, Integer.MAX_VALUE);

        Map<String, List<String>> terms = new LinkedHashMap<>();
        // term names recur across posts (100,000 posts name a few hundred tags): one copy of each (72 MB less heap at 100k)
        for (String f : termFields) r.textList("/" + f).ifPresent(v -> terms.put(f, shared(v)));
        // Jekyll writes categories: jekyll update, a list separated by spaces
        if (r.node("/categories").isTextual()) terms.put("categories", List.of(r.node("/categories").asText().strip().split("\\s+")));
        else if (!r.has("/categories")) r.text("/category").ifPresent(c -> terms.put("categories", List.of(c.strip()))); // Jekyll's one category
        r.textList("/keywords");
        r.isMapOrAbsent("/params");
        List<String> checklist = r.textList("/checklist").orElse(List.of());
        r.textList("/notes");
        List<String> entities = shared(namedItems(r, "/entities", "name"));
        namedItems(r, "/image_sources", "url");

        String problem = r.text("/ai_outline/problem").orElseGet(() -> {
            String topic = r.text("/topic").orElse("");
            int cut = topic.indexOf(" / ");
            return cut < 0 ? topic : topic.substring(0, cut);
        });

        String path = path(r, file, slug, jekyll.matches() ? jekyll.group(2) : fileName, date, terms.getOrDefault("categories", List.of()));
        r.text("/redirect_to"); // Jekyll's: the post's page redirects there (the route planner reads it from the fields)
        String summary = r.text("/summary").or(() -> r.text("/description")).or(() -> r.text("/excerpt")).orElse("");
        int minutes = readingTime >= 0 ? readingTime : body.readingMinutes();
        String stripped = problem.strip();
        return new Post(SourcePos.display(file), slug, title, date,
                lastmod != null ? lastmod : date == null ? null : date.toLocalDate(),
                draft,
                summary,
                r.text("/difficulty").orElse(""),
                r.text("/code_language").orElse(""),
                minutes,
                terms, stripped, entities, checklist,
                !checklist.isEmpty() && checklist.stream().allMatch(c -> body.listItems().contains(MarkdownRenderer.listText(c))),
                body.body(), body.index(), body.firstImage(),
                PackedMeta.kept(MetaTree.of(r.node("")), store::keep), CommonFields.aliases(r),
                date(r, "/publishDate").orElse(null), date(r, "/expiryDate").orElse(null), warnings(r, body), body.calls(), path,
                new Post.Digests(origin, PostDigests.listed(title, date, summary, minutes), PostDigests.similar(date, slug, title, stripped, terms, entities)));
    }

    /**
     * Where the post is written: {@code url:} (Hugo) as written, {@code permalink:} (Jekyll, a path or
     * a pattern), the config's pattern for its section, else {@code posts/<slug>/}.
     */
    private String path(NodeReader r, Path file, String slug, String fileName, OffsetDateTime date, List<String> categories) {
        Path rel = Path.of(ContentScanner.CONTENT).relativize(file);
        String section = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
        if (section.equals(ContentScanner.JEKYLL_POSTS)) section = "posts";
        String pointer = r.has("/url") ? "/url" : r.has("/permalink") ? "/permalink" : null;
        String pattern = pointer == null ? config.content().permalinks().get(section) : r.text(pointer).orElse(null);
        if (pattern == null || slug.isEmpty()) return "posts/" + slug + "/";
        if (pointer != null && (pointer.equals("/url") || !Permalinks.hasPlaceholders(pattern))) {
            String p = CommonFields.sitePath(r, pointer, pattern);
            return p == null ? "posts/" + slug + "/" : p;
        }
        String fileSlug = r.text("/slug").filter(Slugs::valid).orElseGet(() -> Slugs.of(fileName).isEmpty() ? slug : Slugs.of(fileName));
        try {
            return Permalinks.expand(pattern, new Permalinks.Fields(date, slug, fileSlug, categories, section));
        } catch (IllegalArgumentException e) {
            if (pointer != null) r.problem(pointer, NodeReader.fieldName(pointer) + ": " + e.getMessage() + ", got \"" + pattern + "\"");
            else r.problem("", "permalinks." + section + " in site.yaml " + e.getMessage() + " for this post");
            return "posts/" + slug + "/";
        }
    }

    private static Optional<OffsetDateTime> date(NodeReader r, String pointer) {
        return CommonFields.date(r, pointer);
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

    /** {@code texts} with each text interned: names that recur across posts are kept once. */
    private static List<String> shared(List<String> texts) {
        return texts.stream().map(String::intern).toList();
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
