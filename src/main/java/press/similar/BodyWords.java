package press.similar;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;
import press.model.BodyIndex;
import press.model.BodyIndex.Words;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a post is about, from its title and body text: its words as search sees them
 * ({@link press.model.Words}), each distinct one put once through Lucene's {@link EnglishAnalyzer}
 * (stopwords, Porter stemming), counted per stem. Only the
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
    private static final Pattern NUMBER = Pattern.compile("[\\p{N}_.,]+");
    /** Thread-safe and reusable (its token streams are per thread). */
    private static final Analyzer ENGLISH = new EnglishAnalyzer(stopwords());
    private static final Words NONE = BodyIndex.NONE.words();

    private BodyWords() {}

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

    /**
     * A post's counted stems, most frequent first (ties by stem), at most {@link #CANDIDATES}, from
     * its title and its body's text without code blocks ({@link press.model.BodyText}: prose and
     * headings). Stems and surfaces (per stem, its shortest spelling in this post; ties:
     * alphabetical) are interned: posts share one copy of each word. Title words count
     * {@link #TITLE_BOOST} each.
     */
    public static Words of(String title, String bodyText) {
        return of(title, press.model.Words.count(new press.model.BodyText(bodyText == null ? "" : bodyText, "", "")), 0, 0);
    }

    /**
     * The same from word counts already made ({@link press.model.Words#count}): a word's body count
     * is the sum of its counts in fields {@code from} to {@code to}.
     */
    public static Words of(String title, press.model.Words.Counted bodyWords, int from, int to) {
        press.model.Words.Counted titleWords = title == null || title.isEmpty() ? null : press.model.Words.count(new press.model.BodyText(title, "", ""));
        Tallies tallies = TALLIES.get();
        tallies.start();
        if (titleWords != null) {
            tallies.words(titleWords);
            for (int w = 0; w < titleWords.size(); w++) tallies.add(titleWords.word(w), titleWords.id(w), TITLE_BOOST * titleWords.count(w, 0));
        }
        tallies.words(bodyWords);
        for (int w = 0; w < bodyWords.size(); w++) {
            int n = 0;
            for (int i = from; i <= to; i++) n += bodyWords.count(w, i);
            if (n > 0) tallies.add(bodyWords.word(w), bodyWords.id(w), n); // interned (Words.count)
        }
        return tallies.kept();
    }

    private static final ThreadLocal<Tallies> TALLIES = ThreadLocal.withInitial(Tallies::new);

    /**
     * One post's stems counted, per thread and reused from post to post: a word's stem is looked up
     * once per thread by the word's number ({@link press.model.Words.Counted#id}), and a stem's
     * {@link Tally} is found by the stem's number, so a post is counted with array reads, no map (a
     * map per post, by stem, was two thirds of this step).
     */
    private static final class Tallies {
        /** Stems numbered past this many: the numbering starts afresh at the next post, so a long-lived thread holds a bounded table. */
        private static final int MOST_STEMS = 1 << 18;
        private Object space; // what stemOf's word numbers are numbers in
        private int[] stemOf = new int[4096]; // by word number: 0 not looked up, -1 no stem, else the stem's number + 1
        private final Map<String, Integer> stemNumbers = new HashMap<>();
        private Tally[] byNumber = new Tally[1024];
        private int[] stamps = new int[1024]; // by stem number: the post it was last counted in
        private int stamp;
        private Tally[] touched = new Tally[512];
        private int size;

        void start() {
            if (stemNumbers.size() >= MOST_STEMS) {
                stemNumbers.clear();
                space = null;
                byNumber = new Tally[1024];
                stamps = new int[1024];
            }
            if (++stamp == 0) { // wrapped
                Arrays.fill(stamps, 0);
                stamp = 1;
            }
            size = 0;
        }

        /** Words numbered in {@code counted}'s space follow. */
        void words(press.model.Words.Counted counted) {
            if (counted.space() == space) return;
            space = counted.space();
            Arrays.fill(stemOf, 0);
        }

        /** Counts {@code word} (numbered {@code id}) {@code n} times under its stem; {@code word} must be interned (it may be kept as the stem's surface). */
        void add(String word, int id, int n) {
            if (id >= stemOf.length) stemOf = Arrays.copyOf(stemOf, Math.max(2 * stemOf.length, id + 1));
            int number = stemOf[id];
            if (number == 0) number = stemOf[id] = number(stem(word));
            if (number < 0) return;
            number--;
            Tally t = byNumber[number];
            if (stamps[number] != stamp) {
                stamps[number] = stamp;
                t.surface = word;
                t.count = 0;
                if (size == touched.length) touched = Arrays.copyOf(touched, 2 * size);
                touched[size++] = t;
            } else {
                t.surface = shorter(t.surface, word);
            }
            t.count += n;
        }

        /** The stem's number + 1, or -1 for no stem. */
        private int number(String stem) {
            if (stem.isEmpty()) return -1;
            Integer known = stemNumbers.get(stem);
            if (known != null) return known + 1;
            int number = stemNumbers.size();
            stemNumbers.put(stem, number);
            if (number == byNumber.length) {
                byNumber = Arrays.copyOf(byNumber, 2 * number);
                stamps = Arrays.copyOf(stamps, 2 * number);
            }
            byNumber[number] = new Tally(stem, null);
            return number + 1;
        }

        Words kept() {
            return BodyWords.kept(Arrays.copyOf(touched, size));
        }
    }

    /** The strongest {@link #CANDIDATES} of {@code tallies}. */
    private static Words kept(Tally[] tallies) {
        if (tallies.length == 0) {
            return NONE;
        }
        Tally[] all = strongest(tallies, CANDIDATES);
        int n = all.length;
        String[] keptStems = new String[n];
        String[] keptSurfaces = new String[n];
        int[] keptCounts = new int[n];
        for (int i = 0; i < n; i++) {
            keptStems[i] = all[i].stem; // interned by stem()
            keptSurfaces[i] = all[i].surface; // interned by add()
            keptCounts[i] = all[i].count;
        }
        return new Words(keptStems, keptSurfaces, keptCounts);
    }

    /** Most frequent first, ties by stem: a total order, as stems are distinct. */
    private static final java.util.Comparator<Tally> STRONGEST_FIRST =
            (a, b) -> a.count != b.count ? Integer.compare(b.count, a.count) : a.stem.compareTo(b.stem);

    /**
     * The first {@code k} of {@code all} in {@link #STRONGEST_FIRST} order, as a full sort would give
     * them: a post has a few hundred stems and keeps 48, so the rest are only compared with the
     * weakest kept one (a full sort was 3 % of a post's parse).
     */
    static Tally[] strongest(Tally[] all, int k) {
        if (all.length <= k) {
            Arrays.sort(all, STRONGEST_FIRST);
            return all;
        }
        Tally[] kept = Arrays.copyOf(all, k);
        Arrays.sort(kept, STRONGEST_FIRST);
        for (int i = k; i < all.length; i++) {
            Tally t = all[i];
            if (STRONGEST_FIRST.compare(t, kept[k - 1]) >= 0) continue;
            int at = k - 1; // insert in order, dropping the weakest
            while (at > 0 && STRONGEST_FIRST.compare(t, kept[at - 1]) < 0) {
                kept[at] = kept[at - 1];
                at--;
            }
            kept[at] = t;
        }
        return kept;
    }

    /** One stem of a post: how often it occurs and its shortest spelling there. */
    static final class Tally {
        final String stem;
        String surface;
        int count;

        Tally(String stem, String surface) {
            this.stem = stem;
            this.surface = surface;
        }
    }

    private static final int STEMS_KEPT = 500_000;
    private static final Map<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The Porter stem of one lower-case word, or "" for a stop word, a number or a stem shorter than {@link #MIN_LENGTH}. */
    static String stem(String word) {
        String known = STEMS.get(word);
        if (known != null) return known;
        String stem = "";
        try (TokenStream ts = ENGLISH.tokenStream("body", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            if (ts.incrementToken()) stem = term.toString();
            ts.end();
            if (stem.length() < MIN_LENGTH || NUMBER.matcher(stem).matches()) stem = "";
            stem = stem.intern();
        } catch (IOException e) {
            throw new UncheckedIOException("stemming a word in memory", e);
        }
        if (STEMS.size() >= STEMS_KEPT) STEMS.clear();
        STEMS.put(word, stem);
        return stem;
    }

    static String shorter(String a, String b) {
        return a.length() != b.length() ? (a.length() < b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b);
    }
}
