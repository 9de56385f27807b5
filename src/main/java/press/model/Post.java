package press.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One parsed post.
 *
 * @param source      the file it came from, relative to the site folder, with forward slashes
 * @param slug        URL name, unique in the site: the page is {@code posts/<slug>/}
 * @param date        publication time (a date without time is midnight UTC)
 * @param lastmod     {@code revision.last_reviewed} when given, else the date
 * @param terms       values of every list field that feeds taxonomies and similar posts
 *                    ({@code tags}, {@code stack}, {@code tools}, ...), keyed by field name, in author order
 * @param problem     the problem the post solves ({@code ai_outline.problem}, else {@code topic} before " / "), or ""
 * @param entities    {@code entities[].name} values
 * @param readingTime minutes, from front matter or computed from the body (code excluded)
 * @param checklistInBody whether the body already lists every checklist item (then the theme does not repeat them)
 * @param body        the Markdown body as HTML, rendered when asked for (see {@link PostBody})
 * @param index       what the body gives similar posts and search, made when it was first rendered
 * @param image       the body's first image as written (relative to the post page), or ""
 * @param meta        every front-matter field, in author order, for the post meta box (packed: {@link PackedMeta#tree()})
 * @param aliases     other site paths that redirect to the post ({@code aliases:}), without a leading slash
 * @param publishDate {@code publishDate}, or null
 * @param expiryDate  {@code expiryDate}, or null
 * @param warnings    {@code path:line:col: ...} lines about its body (unknown Liquid tags), shown by the build
 * @param shortcodes  shortcodes in its body that the build renders with the site's templates
 * @param path        where it is written, relative to the site root: {@code posts/<slug>/} unless {@code url:},
 *                    {@code permalink:} or the site's permalink pattern says otherwise ({@code 2016/06/03/hello/}, {@code old.html})
 * @param digests     what keys and memos spell for the post instead of its fields ({@link Digests}); null for a post made
 *                    by hand (tests), which is spelt field by field
 */
public record Post(
        String source,
        String slug,
        String title,
        OffsetDateTime date,
        LocalDate lastmod,
        boolean draft,
        String summary,
        String difficulty,
        String codeLanguage,
        int readingTime,
        Map<String, List<String>> terms,
        String problem,
        List<String> entities,
        List<String> checklist,
        boolean checklistInBody,
        PostBody body,
        BodyIndex index,
        String image,
        PackedMeta meta,
        List<String> aliases,
        OffsetDateTime publishDate,
        OffsetDateTime expiryDate,
        List<String> warnings,
        List<ShortcodeCall> shortcodes,
        String path,
        Digests digests) {

    /**
     * Digests of a post, made when it is parsed and kept with it in the build cache, which page keys
     * ({@code render.RouteKey}) and the similar-posts memo spell instead of the fields they stand for:
     * spelling every post's fields again was most of a one-post rebuild's keys and of the memo's check.
     *
     * @param origin  everything the post was parsed from: the config, its file's bytes and path, the
     *                {@code cascade:} fields that apply to it and the kind of site (Hugo or not). Under one
     *                press version, posts of equal origins are equal but for their bodies' later expansion
     *                ({@link #withBody}), as the post cache assumes when it takes a post back
     * @param listed  what a list or a link shows of the post: its title, date, summary and reading time (an
     *                edit of its body alone leaves the lists that show it as they were)
     * @param similar what similar posts read of it besides its body words: its date, slug, title, problem,
     *                tags, stack, tools and entities, as written ({@code similar.SimilarTerms} normalises them)
     */
    public record Digests(String origin, String listed, String similar) {}

    /** This post with another body (links to other pages resolved; a post read back from a cache renders from its file again). */
    public Post withBody(PostBody other) {
        return new Post(source, slug, title, date, lastmod, draft, summary, difficulty, codeLanguage, readingTime, terms, problem,
                entities, checklist, checklistInBody, other, index, image, meta, aliases, publishDate, expiryDate, warnings, shortcodes, path,
                digests);
    }

    /** The body's HTML, rendered now unless it is known already (callers that need it twice keep it). */
    public String bodyHtml() {
        return body.html();
    }

    /** Values of a list field, or an empty list. */
    public List<String> terms(String field) {
        return terms.getOrDefault(field, List.of());
    }
}
