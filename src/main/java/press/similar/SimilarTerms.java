package press.similar;

import press.model.BodyIndex;

import press.model.Post;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns a post into the typed terms the finder compares. Every caller (the build, the evaluation,
 * the benchmark) goes through {@link #of(long, String, String, String, List, List, List, List)} and
 * {@link BodyWords#of(String, String)}, so the
 * figures measured are the figures the site gets.
 */
public final class SimilarTerms {
    public static final String PROBLEM = "problem";
    public static final String PRIMARY_STACK = "primary_stack";
    public static final String STACK = "stack";
    public static final String TAGS = "tags";
    public static final String ENTITIES = "entities";
    public static final String TOOLS = "tools";
    public static final String TITLE = "title";
    /** Stemmed title and body words, the strongest of each post by tf-idf ({@link BodyWords}). */
    public static final String WORDS = "words";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Words that say nothing about what a post is about, plus the words blog titles are made of. */
    static final Set<String> STOPWORDS = Set.of(
            "a", "about", "after", "all", "an", "and", "any", "are", "as", "at", "be", "before", "best", "but",
            "by", "can", "do", "does", "during", "first", "for", "from", "guide", "how", "i", "in", "into", "is",
            "it", "its", "make", "making", "more", "my", "new", "not", "notes", "of", "on", "or", "our", "out",
            "part", "so", "than", "that", "the", "their", "this", "to", "under", "up", "use", "using", "we",
            "what", "when", "while", "why", "with", "without", "you", "your");

    private SimilarTerms() {}

    /** The terms of a parsed post, its body words (counted when it was parsed, {@link BodyWords}) included; the key is its slug. */
    public static SimilarInput of(Post post) {
        return of(post, true);
    }

    /**
     * As {@link #of(Post)}; with {@code digest} false the input carries no digest of the words, for
     * a {@link SimilarMemo} that keeps nothing ({@link SimilarMemo#none()}) and so never compares them.
     */
    public static SimilarInput of(Post post, boolean digest) {
        SimilarInput in = of(post.date().toEpochSecond(), post.slug(), post.title(), post.problem(),
                post.terms("tags"), post.terms("stack"), post.terms("tools"), post.entities());
        return new SimilarInput(in.epochSecond(), in.key(), in.terms(), in.title(), post.index().words(), digest ? post.index().digest() : null,
                digest && post.digests() != null ? post.digests().similar() : null);
    }

    /**
     * What the memo reads of a post that has digests ({@link Post#digests}): its date, key, body words and
     * the digests of its words and head, without the terms and title ({@link SimilarInput#light}), which
     * are made only when the finder must run; null for a post without digests.
     */
    public static SimilarInput light(Post post) {
        if (post.digests() == null) return null;
        return new SimilarInput(post.date().toEpochSecond(), post.slug(), Map.of(), "", post.index().words(), post.index().digest(),
                post.digests().similar());
    }

    /** The same input with the given body words. */
    public static SimilarInput withWords(SimilarInput in, BodyIndex.Words words) {
        return new SimilarInput(in.epochSecond(), in.key(), in.terms(), in.title(), words);
    }

    /**
     * The terms of a post given as plain values. The first stack is the post's primary stack and
     * also gets a field of its own, since two posts on the same main stack are far closer than two
     * posts that merely mention it. Title words repeat neither the stack nor the problem, so a title
     * does not count the same evidence twice.
     */
    public static SimilarInput of(long epochSecond, String key, String title, String problem,
                                  List<String> tags, List<String> stack, List<String> tools, List<String> entities) {
        Map<String, List<String>> terms = new TreeMap<>();
        String prob = normalise(problem);
        List<String> stacks = normaliseAll(stack);
        put(terms, PROBLEM, prob.isEmpty() ? List.of() : List.of(prob));
        put(terms, PRIMARY_STACK, stacks.isEmpty() ? List.of() : List.of(stacks.get(0)));
        put(terms, STACK, stacks);
        put(terms, TAGS, normaliseAll(tags));
        put(terms, TOOLS, normaliseAll(tools));
        put(terms, ENTITIES, normaliseAll(entities));

        Set<String> counted = new LinkedHashSet<>(words(prob));
        stacks.forEach(s -> counted.addAll(words(s)));
        Set<String> titleWords = new LinkedHashSet<>();
        for (String w : words(normalise(title))) {
            if (w.length() > 1 && !STOPWORDS.contains(w) && !counted.contains(w)) {
                titleWords.add(w);
            }
        }
        put(terms, TITLE, List.copyOf(titleWords));
        return new SimilarInput(epochSecond, key, terms, normalise(title));
    }

    /** Lower case (Locale.ROOT), trimmed, inner whitespace collapsed to one space. */
    public static String normalise(String term) {
        if (term == null) {
            return "";
        }
        if (isNormal(term)) return term; // most terms ("caching", "github actions"): no copy, no regex (the regex was 4 % of a serve rebuild)
        return WHITESPACE.matcher(term.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Whether {@code s} is already ASCII lower case with single inner spaces and nothing to strip: then normalising leaves it as it is. */
    static boolean isNormal(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') return false;
            } else if (c < 0x21 || c > 0x7E || (c >= 'A' && c <= 'Z')) {
                return false; // other white space, control characters, upper case, anything beyond ASCII: the full path
            }
        }
        return true;
    }

    /** The values normalised, blanks and repeats left out, in order (a post has a few: a list search beats a set). */
    private static List<String> normaliseAll(List<String> values) {
        if (values == null || values.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            String n = normalise(v);
            if (!n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    /** The runs of letters and digits of {@code text}: what splitting it at {@code [^\p{L}\p{N}]+} leaves, without the regex (it was a third of this class's cost). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    /** Whether a code point is in {@code \p{L}} or {@code \p{N}}: a letter, or a decimal, letter or other number. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static void put(Map<String, List<String>> terms, String field, List<String> values) {
        if (!values.isEmpty()) {
            terms.put(field, values);
        }
    }
}
