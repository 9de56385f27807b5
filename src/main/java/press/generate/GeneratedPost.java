package press.generate;

/** One synthetic post: its slug (the file is {@code <slug>.md}) and its whole text, front matter first. */
public record GeneratedPost(String slug, String text) {}
