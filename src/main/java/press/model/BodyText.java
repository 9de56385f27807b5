package press.model;

/**
 * The text of a rendered body, for the indexes that read words (similar posts, search), taken from
 * the Markdown's syntax tree while the body is rendered, so no index has to render or strip HTML.
 * Lives only while a post is parsed.
 *
 * @param prose    paragraphs, lists, tables, quotes and inline code: what a reader reads, outside headings
 * @param headings the text of every heading, each followed by a line break
 * @param code     the text of fenced and indented code blocks
 */
public record BodyText(String prose, String headings, String code) {
    public static final BodyText EMPTY = new BodyText("", "", "");

    /** Prose and headings: what a post says in words, code left out. */
    public String withoutCode() {
        return prose + "\n" + headings;
    }
}
