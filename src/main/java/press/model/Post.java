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
 * @param bodyHtml    the Markdown body rendered to HTML
 * @param image       the body's first image as written (relative to the post page), or "" 
 * @param meta        every front-matter field, in author order, for the post meta box
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
        String bodyHtml,
        String image,
        MetaValue.MapValue meta) {

    /** Values of a list field, or an empty list. */
    public List<String> terms(String field) {
        return terms.getOrDefault(field, List.of());
    }
}
