package press.content;

import com.fasterxml.jackson.databind.JsonNode;
import press.config.NodeReader;
import press.config.SiteConfig;
import press.model.Page;
import press.model.Section;
import press.problem.Problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page file to a {@link Page}: the page lives at its path in {@code content/}
 * ({@code docs/install.md} is {@code docs/install/}, {@code docs/x/index.md} is {@code docs/x/}),
 * unless {@code slug} renames its last part or {@code url} (Hugo) / {@code permalink} (Jekyll)
 * gives the whole path. No field is required; the title defaults to the file name. Thread-safe.
 */
public final class PageParser {
    private final MarkdownRenderer markdown;
    private final java.util.Map<String, String> permalinks;
    private final SiteConfig.ContentConfig content;
    private final SiteVariables site;
    /** Whether paths from folder and file names are lower case, as Hugo makes them (its {@code disablePathToLower} is off by default). */
    private final boolean lowerCase;
    private final Cascade cascade;

    public PageParser(SiteConfig config) {
        this(config, false);
    }

    /** With {@code lowerCase}, {@code content/functions/strings/Replace.md} is {@code functions/strings/replace/} (a Hugo site's content folder). */
    public PageParser(SiteConfig config, boolean lowerCase) {
        this(config, lowerCase, Cascade.NONE);
    }

    /** As above, with the fields the sections' {@code cascade:} gives each page. */
    public PageParser(SiteConfig config, boolean lowerCase, Cascade cascade) {
        this.lowerCase = lowerCase;
        this.cascade = cascade;
        this.content = config.content();
        this.site = SiteVariables.of(config).withLiquidInCode(!lowerCase); // lowerCase: a Hugo site's folder
        this.permalinks = config.content().permalinks();
        this.markdown = new MarkdownRenderer(config.markdown().unsafeHtml(), config.basePath(), config.pages().tocMinSections());
    }

    /** Parses {@code file} (relative to the site folder, under {@code content/}); empty when it has problems. */
    public Optional<Page> parse(Path file, byte[] bytes, Problems problems) {
        FrontMatterReader.Read read = FrontMatterReader.read(file, bytes, problems, true, cascade);
        if (read == null) return Optional.empty();
        String title = read.fields().text("/title").orElse("").strip();
        Page page = bind(file, read.fields(), read.render(file, markdown, title.isEmpty() ? null : title, site)); // untitled: a first # heading titles it
        if (!read.problems().isEmpty()) {
            problems.addAll(read.problems());
            return Optional.empty();
        }
        return Optional.of(page);
    }

    private Page bind(Path file, NodeReader r, FrontMatterReader.Rendered body) {
        Path source = Path.of(ContentScanner.CONTENT).relativize(file);
        Path rel = ContentScanner.published(source, content);
        FileLanguage language = FileLanguage.of(rel.getFileName().toString(), content);
        String stem = language.stem();
        String dir = rel.getParent() == null ? "" : folderPath(rel.getParent(), lowerCase);
        // Jekyll's index.md is its folder's page: at the top of content/ and in a collection it gives the text of the home
        // page or of the section, unless its url: or permalink: puts it elsewhere (elsewhere an index.md is Hugo's leaf bundle)
        String at = r.text("/url").or(() -> r.text("/permalink")).map(u -> u.strip().replaceAll("^/+|/+$", "")).orElse(null);
        boolean jekyllIndex = stem.equals("index") && (dir.isEmpty() || !rel.equals(source)) && (at == null || at.equals(dir.replaceAll("/$", "")));
        boolean home = at != null && at.isEmpty() && !stem.equals("_index"); // Jekyll: permalink: / makes a page the home page
        boolean sectionIndex = stem.equals("_index") || jekyllIndex || home;
        if (home) dir = "";
        String defaultName = sectionIndex || stem.equals("index") ? Section.lastPart(dir) : stem;

        String title = r.text("/title").orElse("").strip();
        if (title.isEmpty()) title = body.titleHeading();
        if (title.isEmpty()) title = Slugs.humanize(defaultName.isEmpty() ? "home" : defaultName);
        String linkTitle = r.text("/linkTitle").orElse("").strip();
        String description = r.text("/description").or(() -> r.text("/summary")).or(() -> r.text("/excerpt")).orElse("");
        r.textList("/keywords");
        r.textList("/categories");
        r.textList("/tags");
        r.isMapOrAbsent("/params");
        int weight = r.integer("/weight", -1_000_000, 1_000_000).orElse(0);
        OffsetDateTime date = CommonFields.date(r, "/date").orElse(null);
        LocalDate lastmod = CommonFields.date(r, "/lastmod").map(OffsetDateTime::toLocalDate).orElse(date == null ? null : date.toLocalDate());
        boolean draft = r.bool("/draft").orElse(false) | !r.bool("/published").orElse(true);
        String layout = r.text("/layout").or(() -> r.text("/type")).orElse("").strip();

        String path;
        String section;
        if (sectionIndex) {
            path = dir;
            section = dir;
        } else {
            String given = r.text("/url").or(() -> r.text("/permalink")).orElse(null);
            String name = r.text("/slug").orElse(null);
            if (name != null && !Slugs.valid(name)) {
                r.problem("/slug", "slug: expected letters, digits, '-', '_' or '.', got \"" + name + "\"");
                name = null;
            }
            section = stem.equals("index") ? Section.parentOf(dir) : dir;
            String top = dir.isEmpty() ? "" : dir.substring(0, dir.indexOf('/'));
            String pattern = given != null ? given : permalinks.get(top);
            if (pattern != null && (given == null || (!r.has("/url") && Permalinks.hasPlaceholders(given)))) {
                String fileName = stem.equals("index") ? Section.lastPart(dir) : stem;
                path = expand(r, given == null ? null : "/permalink", pattern, new Permalinks.Fields(date, name != null ? name : Slugs.of(fileName),
                        name != null ? name : Slugs.of(fileName), r.textList("/categories").orElse(List.of()), top, collectionPath(dir, top, stem.equals("index") ? null : fileName)));
            } else if (given != null) {
                path = CommonFields.sitePath(r, r.has("/url") ? "/url" : "/permalink", given);
                if (path == null) path = "invalid/";
            } else if (stem.equals("index")) {
                path = name == null ? dir : Section.parentOf(dir) + name + "/";
            } else {
                path = dir + (name != null ? name : part(stem, lowerCase)) + "/";
            }
        }
        List<String> menus = menus(r);
        Page.Publish publish = PublishOptions.read(r);
        List<String> warnings = body.warnings();
        if (sectionIndex && !publish.equals(Page.Publish.ALL)) {
            warnings = new ArrayList<>(warnings);
            warnings.add(PublishOptions.notApplied(r, "a section's list page is always built (its pages link to it), expected it on a page or a bundle's index.md"));
            publish = Page.Publish.ALL;
        }
        String redirectTo = r.text("/redirect_to").map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        if (redirectTo != null && sectionIndex) {
            warnings = new ArrayList<>(warnings);
            warnings.add(r.yaml().keyAt("/redirect_to") + ": redirect_to is not applied: a section's list page is always built (its pages link to it), "
                    + "expected it on a page (or aliases: on the page it should go to)");
            redirectTo = null;
        } else if (redirectTo != null) {
            publish = new Page.Publish(true, false, publish.resources()); // only a redirect: not listed, not in the sitemap
        }
        if (!language.language().isEmpty()) {
            menus = List.of(); // the site menu is the site language's
            // a translation lives under its language (/pl/about/), unless url: or permalink: gave its whole path
            if (sectionIndex || !(r.has("/url") || r.has("/permalink"))) path = language.language() + "/" + path;
            section = language.language() + "/" + section;
        }
        return new Page(press.problem.SourcePos.display(file), path, section, title, linkTitle.isEmpty() ? title : linkTitle,
                description, weight, date, lastmod, draft, layout, menus, body.html(), sectionIndex,
                CommonFields.aliases(r), CommonFields.date(r, "/publishDate").orElse(null), CommonFields.date(r, "/expiryDate").orElse(null), warnings, body.calls(),
                language.language(), publish, redirectTo);
    }

    /** {@code pattern} filled in; a problem at {@code pointer} (or at the file, for the site's pattern) when it cannot be. */
    private static String expand(NodeReader r, String pointer, String pattern, Permalinks.Fields fields) {
        try {
            return Permalinks.expand(pattern, fields);
        } catch (IllegalArgumentException e) {
            if (pointer != null) r.problem(pointer, "permalink: " + e.getMessage() + ", got \"" + pattern + "\"");
            else r.problem("", "permalinks." + fields.section() + " in site.yaml " + e.getMessage() + " for this page");
            return "invalid/";
        }
    }

    /** Jekyll's {@code :path}: the folders below the top folder, then the file name ({@code guides/install}); an index file is its folder. */
    private static String collectionPath(String dir, String top, String fileName) {
        String below = dir.length() > top.length() + 1 ? dir.substring(top.length() + 1) : "";
        if (fileName == null) return below.isEmpty() ? "index" : below.substring(0, below.length() - 1);
        return below + Slugs.of(fileName);
    }

    /** Menus named by {@code menu: main}, {@code menu: [main, footer]} or {@code menu: {main: {weight: 2}}}. */
    private static List<String> menus(NodeReader r) {
        JsonNode n = r.node("/menu");
        List<String> out = new ArrayList<>();
        if (n.isTextual()) out.add(n.asText());
        else if (n.isArray()) r.textList("/menu").ifPresent(out::addAll);
        else if (n.isObject()) n.fieldNames().forEachRemaining(out::add);
        else if (!n.isMissingNode() && !n.isNull()) r.wrong("/menu", "a menu name such as main, a list of them, or a map", n);
        return List.copyOf(out);
    }

    /** A folder of content/ as a URL path ending in /: each part kept when URL-safe, else slugged. */
    private static String folderPath(Path dir, boolean lowerCase) {
        StringBuilder sb = new StringBuilder();
        for (Path p : dir) sb.append(part(p.toString(), lowerCase)).append('/');
        return sb.toString();
    }

    private static String part(String name, boolean lowerCase) {
        if (Slugs.safePart(name) || (name.startsWith("_") && Slugs.safePart(name.substring(1)))) { // Hugo's _header.md (/_header/), Jekyll's include: [_pages]
            return lowerCase ? name.toLowerCase(java.util.Locale.ROOT) : name;
        }
        String s = Slugs.of(name);
        return s.isEmpty() ? "page" : s;
    }
}
