package press.similar;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a post is about, from its title and body: Lucene's {@link EnglishAnalyzer} (standard
 * tokenizer, possessives, lower case, stopwords, Porter stemming), counted per stem. Only the
 * {@link #CANDIDATES} most frequent stems are kept, so a post holds a short list, never its text; the
 * index then keeps the post's strongest by tf-idf ({@link SimilarIndex}).
 */
public final class BodyWords {
    /** Stems kept per post before the tf-idf cut (which needs the whole site's document frequencies). */
    static final int CANDIDATES = 48;
    /** A title word counts as this many body occurrences: the title says what the post is about. */
    static final int TITLE_BOOST = 3;
    /** A word needs at least this many letters or digits: "go" and "js" pass, "a" and "x" do not. */
    private static final int MIN_LENGTH = 2;
    private static final Pattern CODE_BLOCK = Pattern.compile("(?is)<pre[\\s>].*?</pre>");
    private static final Pattern NUMBER = Pattern.compile("[\\p{N}_.,]+");
    /** Thread-safe and reusable (its token streams are per thread). */
    private static final Analyzer ENGLISH = new EnglishAnalyzer(stopwords());
    private static final Words NONE = new Words(new String[0], new String[0], new int[0]);

    private BodyWords() {}

    /**
     * A post's counted stems, most frequent first (ties by stem), at most {@link #CANDIDATES}.
     * Stems and surfaces are interned: posts share one copy of each word.
     *
     * @param stems    Porter stems, the identity of a word
     * @param surfaces per stem, its shortest spelling in this post (ties: alphabetical), for reasons shown to readers
     * @param counts   per stem, occurrences (title words count {@link #TITLE_BOOST} each)
     */
    public record Words(String[] stems, String[] surfaces, int[] counts) {
        public int size() {
            return stems.length;
        }
    }

    /**
     * Snowball's English stopword list (174 words: "after", "only", "very", ...; Lucene's default list
     * has 33), the words blog titles are made of ({@link SimilarTerms}), and a few more that say nothing
     * of a subject. On a small site no word is common enough to be cut, so these must go by list.
     */
    private static CharArraySet stopwords() {
        try (Reader list = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            CharArraySet set = new CharArraySet(WordlistLoader.getSnowballWordSet(list), false);
            set.addAll(SimilarTerms.STOPWORDS);
            set.addAll(List.of("also", "can", "could", "get", "just", "like", "may", "must", "one", "two", "will", "would"));
            return CharArraySet.unmodifiableSet(set);
        } catch (IOException e) {
            throw new UncheckedIOException("reading Lucene's English stopword list", e);
        }
    }

    public static Words none() {
        return NONE;
    }

    /** The words of a title and an HTML body; code blocks ({@code <pre>}) are left out, tags stripped, entities decoded. */
    public static Words of(String title, String bodyHtml) {
        String body = bodyHtml == null ? "" : CODE_BLOCK.matcher(bodyHtml).replaceAll(" ");
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        count(new StringReader(title == null ? "" : title), TITLE_BOOST, counts, surface);
        count(new HTMLStripCharFilter(new StringReader(body)), 1, counts, surface);
        if (counts.isEmpty()) {
            return NONE;
        }
        String[] stems = counts.keySet().toArray(new String[0]);
        Arrays.sort(stems, (a, b) -> counts.get(a)[0] != counts.get(b)[0]
                ? Integer.compare(counts.get(b)[0], counts.get(a)[0]) : a.compareTo(b));
        int n = Math.min(CANDIDATES, stems.length);
        String[] keptStems = new String[n];
        String[] keptSurfaces = new String[n];
        int[] keptCounts = new int[n];
        for (int i = 0; i < n; i++) {
            keptStems[i] = stems[i].intern();
            keptSurfaces[i] = surface.get(stems[i]).intern();
            keptCounts[i] = counts.get(stems[i])[0];
        }
        return new Words(keptStems, keptSurfaces, keptCounts);
    }

    private static void count(Reader text, int each, Map<String, int[]> counts, Map<String, String> surface) {
        // the analyser reads the text once; the surface form is rebuilt from the offsets into a copy of the text
        StringBuilder seen = new StringBuilder();
        Reader copying = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                int r = text.read(buf, off, len);
                if (r > 0) seen.append(buf, off, r);
                return r;
            }

            @Override
            public void close() throws IOException {
                text.close();
            }
        };
        try (TokenStream ts = ENGLISH.tokenStream("body", copying)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String stem = term.toString();
                if (stem.length() < MIN_LENGTH || NUMBER.matcher(stem).matches()) {
                    continue;
                }
                counts.computeIfAbsent(stem, x -> new int[1])[0] += each;
                int start = offset.startOffset();
                int end = Math.min(offset.endOffset(), seen.length());
                String word = start < end ? seen.substring(start, end).toLowerCase(Locale.ROOT) : stem;
                word = word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : word;
                surface.merge(stem, word, BodyWords::shorter);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a post's words from memory", e);
        }
    }

    static String shorter(String a, String b) {
        return a.length() != b.length() ? (a.length() < b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b);
    }
}
