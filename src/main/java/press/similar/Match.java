package press.similar;

import java.util.List;

/** A similar post: its index in the input list, its score, and the terms that made it similar (strongest first). */
public record Match(int post, double score, List<SharedTerm> shared) {}
