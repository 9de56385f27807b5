package press.similar;

/** A term two posts share, and the field it came from. */
public record SharedTerm(String field, String term) {}
