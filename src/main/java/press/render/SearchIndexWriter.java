package press.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import press.model.BodyIndex;
import press.model.BodyText;
import press.model.Post;
import press.model.Site;
import press.model.Term;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search index, written at build time and read by {@code assets/search.js} piece by piece, the
 * way Pagefind does: the browser loads a small manifest, then only the term shards its query words
 * fall in, then only the document shards of the results it shows.
 *
 * <ul>
 *   <li>{@code search/index.json}: the shard prefixes, the document count and shard size; also
 *       written into the search page ({@link #withManifest}), so the script does not wait for it.</li>
 *   <li>{@code search/t/<prefix>.json}: {@code {"term": [doc, score, doc, score, ...]}} for every term
 *       starting with the prefix. Prefixes start at two letters; a shard past {@link #SHARD_BYTES}
 *       is split by the next letter (terms as long as the prefix stay in it), so shards stay small
 *       however big the site.</li>
 *   <li>{@code search/d/<n>.json}: title, URL, date and summary of documents {@code n*DOCS .. n*DOCS+DOCS-1},
 *       newest first.</li>
 * </ul>
 * Terms are lower-case ASCII letters and digits (accents folded), two or more long, without stop
 * words. A term scores title 10, taxonomy terms and problem 6, headings 4, summary 3, body 1 per use
 * (at most 8); each term keeps its {@link #POSTINGS} best documents (ties: newer first), which bounds a
 * shard's size on a site where a word is in every post.
 */
public final class SearchIndexWriter {
    static final int POSTINGS = 500;
    static final int DOCS = 25;
    static final int SHARD_BYTES = 24 * 1024;
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in",
            "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with");
    /** The longest stop word: a longer word is none, without hashing it (a probe per distinct word of every body was 1.8 % of a 100,000-post build). */
    private static final int LONGEST_STOP = STOP.stream().mapToInt(String::length).max().orElse(0);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Posts scored per task: blocks are scored in parallel, then merged (a term's postings are a total order, so the merge order does not matter). */
    private static final int BLOCK = 1024;

    private SearchIndexWriter() {}

    /** Every file of the index, under {@code search/}, all posts scored. */
    public static List<Route> routes(Site site) {
        return routes(site, SearchPostings.none(), BLOCK);
    }

    /** As {@link #routes(Site)}, scoring only the posts whose search input changed since {@code postings} last saw the site. */
    public static List<Route> routes(Site site, SearchPostings postings) {
        return routes(site, postings, BLOCK);
    }

    /** As {@link #routes(Site)}, scoring {@code block} posts per task (the files are the same for any block size). */
    static List<Route> routes(Site site, int block) {
        return routes(site, SearchPostings.none(), block);
    }

    static List<Route> routes(Site site, SearchPostings memo, int block) {
        List<Post> posts = site.posts();
        Map<String, long[]> postings = memo.update(site, block);
        Links links = new Links(site.config().baseUrl(), site.config().basePath());
        // a build that keeps its output's views (from the cache, or press serve) makes a shard's bytes only when its key
        // changed: after a one-post edit nearly every document shard is as it was (making all 400 at 10,000 posts was
        // 85-220 ms of the search index's 270-330 ms); a build that keeps nothing makes them all here, on the search thread
        boolean keyed = memo.keeps();
        List<Route> out = new ArrayList<>();
        for (int from = 0; from < posts.size(); from += DOCS) {
            List<Post> part = posts.subList(from, Math.min(posts.size(), from + DOCS));
            String path = "search/d/" + (from / DOCS) + ".json";
            out.add(keyed ? new Route.Data(path, () -> documents(part, links), () -> documentsKey(part, links))
                    : new Route.Data(path, documents(part, links)));
        }
        TreeMap<String, List<String>> shards = shards(postings);
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("version", 1);
        manifest.put("documents", posts.size());
        manifest.put("documentsPerShard", DOCS);
        ArrayNode names = manifest.putArray("shards");
        shards.forEach((prefix, terms) -> {
            names.add(prefix);
            String path = "search/t/" + prefix + ".json";
            out.add(keyed ? new Route.Data(path, () -> shard(postings, terms), () -> shardKey(postings, terms))
                    : new Route.Data(path, shard(postings, terms)));
        });
        out.add(new Route.Data("search/index.json", bytes(manifest)));
        return out;
    }

    /** A document shard: title, URL, date and summary of each of {@code posts}. */
    private static byte[] documents(List<Post> posts, Links links) {
        ArrayNode docs = JSON.createArrayNode();
        for (Post p : posts) docs.addArray().add(p.title()).add(links.post(p)).add(ShownDate.iso(p.date())).add(shorten(p.summary()));
        return bytes(docs);
    }

    /** The key of {@link #documents}: everything its bytes are made from. */
    private static Route.Key documentsKey(List<Post> posts, Links links) {
        RouteKey key = new RouteKey("search documents").add(posts.size());
        for (Post p : posts) key.addListed(p).add(links.post(p)); // the listed digest spelt in, not hashed again
        return new Route.Key(key.digest());
    }

    /** The key of a term shard ({@link #shard}): its terms and each one's kept postings. */
    private static Route.Key shardKey(Map<String, long[]> postings, List<String> terms) {
        RouteKey key = new RouteKey("search terms").add(terms.size());
        for (String t : terms) {
            long[] all = postings.get(t);
            int kept = Math.min(POSTINGS, all.length);
            key.add(t).add(kept);
            for (int i = all.length - 1; i >= all.length - kept; i--) key.add(all[i]);
        }
        return new Route.Key(key.digest());
    }

    /**
     * {@code route} itself, or for the search page the same page with the manifest of {@code index}
     * (the routes {@link #routes} made) written into it. {@code <} is escaped so the JSON cannot end
     * the script element it is written in.
     */
    public static Route withManifest(Route route, List<Route> index) {
        if (!(route instanceof Route.Page page) || !page.path().equals("search/index.html")) return route;
        String manifest = index.stream().filter(r -> r.path().equals("search/index.json")).findFirst()
                .map(r -> new String(((Route.Data) r).bytes(), StandardCharsets.UTF_8).replace("<", "\\u003c")).orElse(null);
        return new Route.Page(page.path(), page.template(), () -> {
            Views.SearchPage v = (Views.SearchPage) page.view().get();
            return new Views.SearchPage(v.site(), v.head(), v.index(), v.script(), manifest);
        }, page.lastmod());
    }

    /**
     * A post's score per term, given to {@code each} once per term: title 10, taxonomy terms and
     * problem 6, summary 3, plus its body's. Only the few words of the fields are counted in a map;
     * the body's terms (unique already) are given as they come (a map of every term of every post was
     * most of the index's 2.5 s at 100,000 posts).
     */
    static void scores(Post p, Map<String, List<Term>> terms, java.util.function.ObjIntConsumer<String> each) {
        BodyIndex.SearchTerms body = p.index().search();
        Map<String, Integer> fields = new HashMap<>(64);
        words(p.title(), 10, fields);
        for (List<Term> ts : terms.values()) for (Term t : ts) words(t.name(), 6, fields);
        words(p.problem(), 6, fields);
        words(p.summary(), 3, fields);
        String[] bodyTerms = body.terms();
        byte[] bodyScores = body.scores();
        for (int i = 0; i < bodyTerms.length; i++) {
            Integer more = fields.isEmpty() ? null : fields.remove(bodyTerms[i]);
            each.accept(bodyTerms[i], bodyScores[i] + (more == null ? 0 : more));
        }
        fields.forEach(each::accept);
    }

    /**
     * The term shards: per prefix the terms in it, in order. Prefixes start at two letters; a shard
     * whose JSON would pass {@link #SHARD_BYTES} (estimated from its postings, before any is made)
     * is split by the next letter. Each shard's JSON ({@link #shard}) is made when it is written:
     * all of them at once, two Jackson nodes per posting, were about 400 MB at 100,000 posts.
     */
    private static TreeMap<String, List<String>> shards(Map<String, long[]> postings) {
        TreeMap<String, List<String>> byPrefix = new TreeMap<>();
        String[] sorted = postings.keySet().toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        for (String term : sorted) byPrefix.computeIfAbsent(term.substring(0, 2), k -> new ArrayList<>()).add(term);
        TreeMap<String, List<String>> out = new TreeMap<>();
        byPrefix.forEach((prefix, terms) -> split(postings, prefix, terms, out));
        return out;
    }

    private static void split(Map<String, long[]> postings, String prefix, List<String> terms, TreeMap<String, List<String>> out) {
        int bytes = 0; // the shard's size, estimated before its JSON is made
        for (String t : terms) bytes += t.length() + 8 + Math.min(POSTINGS, postings.get(t).length) * 8;
        if (bytes <= SHARD_BYTES || terms.stream().allMatch(t -> t.length() == prefix.length())) {
            out.put(prefix, terms);
            return;
        }
        TreeMap<String, List<String>> next = new TreeMap<>();
        List<String> stay = new ArrayList<>();
        for (String t : terms) {
            if (t.length() == prefix.length()) stay.add(t);
            else next.computeIfAbsent(t.substring(0, prefix.length() + 1), k -> new ArrayList<>()).add(t);
        }
        if (!stay.isEmpty()) split(postings, prefix, stay, out);
        next.forEach((p, ts) -> split(postings, p, ts, out));
    }

    private static void words(String text, int weight, Map<String, Integer> score) {
        tokens(text, t -> score.merge(t, weight, Integer::sum));
    }

    /**
     * The search terms of a post's body, made once when it is parsed from its word counts
     * ({@link press.model.Words#count}): words of its text and code weigh 1 per use (at most 8 per
     * term), words of its headings ({@code ##} and deeper) 4 each.
     */
    public static BodyIndex.SearchTerms bodyTerms(press.model.Words.Counted counts) {
        String[] terms = new String[counts.size()];
        byte[] scores = new byte[counts.size()];
        int n = 0;
        for (int w = 0; w < counts.size(); w++) {
            String word = counts.word(w); // interned (Words.count)
            if (stop(word)) continue;
            terms[n] = word;
            scores[n++] = (byte) Math.min(127, 4 * counts.count(w, 1) + Math.min(8, counts.count(w, 0) + counts.count(w, 2)));
        }
        return new BodyIndex.SearchTerms(java.util.Arrays.copyOf(terms, n), java.util.Arrays.copyOf(scores, n));
    }

    private static boolean stop(String word) {
        return word.length() <= LONGEST_STOP && STOP.contains(word);
    }

    /** The words of {@code text} ({@link press.model.Words}), stop words left out (search.js does the same). */
    static void tokens(String text, java.util.function.Consumer<String> each) {
        press.model.Words.each(text, w -> {
            if (!stop(w)) each.accept(w);
        });
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, s.lastIndexOf(' ', 157) > 80 ? s.lastIndexOf(' ', 157) : 157) + "…";
    }

    /**
     * A shard's JSON, {@code {"term":[doc,score,...],...}}, written as a stream (the bytes a tree of
     * Jackson nodes gave, without two nodes per posting and the text made between them).
     */
    static byte[] shard(Map<String, long[]> postings, List<String> terms) {
        // to text first, as writeValueAsString did: the UTF-8 generator writes a character past the BMP as an escape
        java.io.StringWriter b = new java.io.StringWriter(SHARD_BYTES + SHARD_BYTES / 4);
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(b)) {
            g.writeStartObject();
            for (String t : terms) {
                g.writeFieldName(t);
                g.writeStartArray();
                long[] all = postings.get(t);
                int kept = Math.min(POSTINGS, all.length);
                for (int i = all.length - 1; i >= all.length - kept; i--) {
                    g.writeNumber(Integer.MAX_VALUE - (int) all[i]);
                    g.writeNumber((int) (all[i] >>> 32));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object node) {
        try {
            return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
