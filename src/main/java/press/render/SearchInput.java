package press.render;

import press.digest.ContentHash;
import press.model.BodyIndex;
import press.model.Post;
import press.model.Term;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What a post's search scores are made from, as a digest: {@link SearchPostings} scores again only the posts whose digest changed. */
final class SearchInput {
    private SearchInput() {}

    /** A digest of what {@link SearchIndexWriter#scores} reads of a post: equal digests, equal scores. */
    static String digest(Post p, Map<String, List<Term>> terms) {
        Spelt s = new Spelt();
        s.text(p.title());
        for (List<Term> ts : terms.values()) {
            s.number(ts.size());
            for (Term t : ts) s.text(t.name());
        }
        s.text(p.problem()).text(p.summary());
        BodyIndex.SearchTerms body = p.index().search();
        s.number(body.terms().length);
        for (int i = 0; i < body.terms().length; i++) s.text(body.terms()[i]).number(body.scores()[i]);
        return ContentHash.hex(s.bytes, 0, s.size);
    }

    /**
     * Texts and numbers spelt into bytes to be digested, each text length-first, so two different
     * inputs cannot spell the same bytes (a char past ASCII as a mark and its two bytes). A loop of
     * its own: a post's search input is a few thousand characters, spelt for every post each build.
     */
    private static final class Spelt {
        byte[] bytes = new byte[4096];
        int size;

        Spelt text(String t) {
            int n = t.length();
            number(n);
            if (size + 3 * n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + 3 * n));
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                if (c < 0x80) {
                    bytes[size++] = (byte) c;
                } else {
                    bytes[size++] = (byte) 0x80;
                    bytes[size++] = (byte) (c >>> 8);
                    bytes[size++] = (byte) c;
                }
            }
            return this;
        }

        Spelt number(int n) {
            if (size + 4 > bytes.length) bytes = Arrays.copyOf(bytes, 2 * bytes.length);
            bytes[size++] = (byte) (n >>> 24);
            bytes[size++] = (byte) (n >>> 16);
            bytes[size++] = (byte) (n >>> 8);
            bytes[size++] = (byte) n;
            return this;
        }
    }
}
