package press.pipeline;

import press.content.PostParser;
import press.model.BodyIndex;
import press.similar.BodyWords;
import press.render.SearchIndexWriter;

/**
 * What a post's body gives the site-wide indexes, made while the post is parsed (from the text of
 * the one parse of its Markdown): its words for similar posts, without code blocks, and its search
 * terms. The parse step owns it because the content package may not use similar or render.
 */
final class BodyIndexer {
    static final PostParser.Indexer INDEX = (title, text) -> {
        press.model.Words.Counted counts = press.model.Words.count(text); // per word: prose, headings, code
        return new BodyIndex(BodyWords.of(title, counts, 0, 1), SearchIndexWriter.bodyTerms(counts));
    };

    private BodyIndexer() {}
}
