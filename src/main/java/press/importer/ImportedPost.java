package press.importer;

import press.problem.Problem;

import java.util.List;

/**
 * One page converted.
 *
 * @param slug     the post's slug; its file is {@code <slug>.md}
 * @param text     the whole post file: front matter, a blank line, the Markdown body (LF line ends)
 * @param warnings {@code file:line: warning: ...} problems that did not stop the import
 */
public record ImportedPost(String slug, String text, List<Problem> warnings) {}
