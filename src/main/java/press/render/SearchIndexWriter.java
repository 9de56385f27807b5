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
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Posts scored per task: blocks are scored in parallel, then merged (a term's postings are a total order, so the merge order does not matter). */
    private static final int BLOCK = 1024;

    /** Per term its best postings so far: a min-heap of {@code score << 32 | (MAX - doc)}, grown as it fills. */
    private static final class Heap {
        long[] values = new long[8];
        int size;
    }

    private final Map<String, Heap> heaps = new HashMap<>();

    private SearchIndexWriter() {}

    /** Every file of the index, under {@code search/}. */
    public static List<Route> routes(Site site) {
        return routes(site, BLOCK);
    }

    /** As {@link #routes(Site)}, scoring {@code block} posts per task (the files are the same for any block size). */
    static List<Route> routes(Site site, int block) {
        List<Post> posts = site.posts();
        List<SearchIndexWriter> blocks = java.util.stream.IntStream.range(0, (int) ((posts.size() + (long) block - 1) / block)).parallel().mapToObj(b -> {
            SearchIndexWriter part = new SearchIndexWriter();
            for (int id = b * block; id < (int) Math.min(posts.size(), (b + 1L) * block); id++) {
                Post p = posts.get(id);
                part.add(id, p, site.termsByPost().getOrDefault(p.slug(), Map.of()));
            }
            return part;
        }).toList();
        SearchIndexWriter w = new SearchIndexWriter();
        for (SearchIndexWriter part : blocks) {
            part.heaps.forEach((term, h) -> {
                for (int i = 0; i < h.size; i++) w.offer(term, h.values[i]);
            });
        }
        Links links = new Links(site.config().baseUrl(), site.config().basePath());
        List<Route> out = new ArrayList<>();
        ArrayNode docs = JSON.createArrayNode();
        for (int id = 0; id < posts.size(); id++) {
            Post p = posts.get(id);
            ArrayNode d = docs.addArray();
            d.add(p.title()).add(links.post(p)).add(p.date().toLocalDate().toString()).add(shorten(p.summary()));
            if (docs.size() == DOCS || id == posts.size() - 1) {
                out.add(new Route.Data("search/d/" + (id / DOCS) + ".json", bytes(docs)));
                docs = JSON.createArrayNode();
            }
        }
        TreeMap<String, ObjectNode> shards = w.shards();
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("version", 1);
        manifest.put("documents", posts.size());
        manifest.put("documentsPerShard", DOCS);
        ArrayNode names = manifest.putArray("shards");
        shards.forEach((prefix, shard) -> {
            names.add(prefix);
            out.add(new Route.Data("search/t/" + prefix + ".json", bytes(shard)));
        });
        out.add(new Route.Data("search/index.json", bytes(manifest)));
        return out;
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

    private void add(int id, Post p, Map<String, List<Term>> terms) {
        Map<String, Integer> score = new HashMap<>();
        words(p.title(), 10, score);
        for (List<Term> ts : terms.values()) for (Term t : ts) words(t.name(), 6, score);
        words(p.problem(), 6, score);
        words(p.summary(), 3, score);
        BodyIndex.SearchTerms body = p.index().search();
        for (int i = 0; i < body.terms().length; i++) score.merge(body.terms()[i], (int) body.scores()[i], Integer::sum);
        score.forEach((term, s) -> offer(term, ((long) s << 32) | (Integer.MAX_VALUE - id)));
    }

    /** Keeps the {@link #POSTINGS} largest values per term in a min-heap. */
    private void offer(String term, long value) {
        Heap h = heaps.computeIfAbsent(term, t -> new Heap());
        int n = h.size;
        if (n < POSTINGS) {
            if (n == h.values.length) h.values = java.util.Arrays.copyOf(h.values, Math.min(POSTINGS, 2 * n));
            long[] heap = h.values;
            int i = n;
            heap[i] = value;
            while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
                swap(heap, i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
            h.size = n + 1;
        } else if (value > h.values[0]) {
            long[] heap = h.values;
            heap[0] = value;
            int i = 0;
            while (true) {
                int l = 2 * i + 1, r = l + 1, m = i;
                if (l < n && heap[l] < heap[m]) m = l;
                if (r < n && heap[r] < heap[m]) m = r;
                if (m == i) break;
                swap(heap, i, m);
                i = m;
            }
        }
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private TreeMap<String, ObjectNode> shards() {
        TreeMap<String, List<String>> byPrefix = new TreeMap<>();
        for (String term : new java.util.TreeSet<>(heaps.keySet())) byPrefix.computeIfAbsent(term.substring(0, 2), k -> new ArrayList<>()).add(term);
        TreeMap<String, ObjectNode> out = new TreeMap<>();
        byPrefix.forEach((prefix, terms) -> split(prefix, terms, out));
        return out;
    }

    private void split(String prefix, List<String> terms, TreeMap<String, ObjectNode> out) {
        ObjectNode shard = JSON.createObjectNode();
        int bytes = 0;
        for (String t : terms) {
            ArrayNode a = shard.putArray(t);
            Heap h = heaps.get(t);
            long[] sorted = java.util.Arrays.copyOf(h.values, h.size);
            java.util.Arrays.sort(sorted);
            for (int i = sorted.length - 1; i >= 0; i--) a.add(Integer.MAX_VALUE - (int) sorted[i]).add((int) (sorted[i] >>> 32));
            bytes += t.length() + 8 + sorted.length * 8;
        }
        if (bytes <= SHARD_BYTES || terms.stream().allMatch(t -> t.length() == prefix.length())) {
            out.put(prefix, shard);
            return;
        }
        TreeMap<String, List<String>> next = new TreeMap<>();
        List<String> stay = new ArrayList<>();
        for (String t : terms) {
            if (t.length() == prefix.length()) stay.add(t);
            else next.computeIfAbsent(t.substring(0, prefix.length() + 1), k -> new ArrayList<>()).add(t);
        }
        if (!stay.isEmpty()) split(prefix, stay, out);
        next.forEach((p, ts) -> split(p, ts, out));
    }

    private static void words(String text, int weight, Map<String, Integer> score) {
        tokens(text, t -> score.merge(t, weight, Integer::sum));
    }

    /**
     * The search terms of a post's body, made once when it is parsed from its word counts
     * ({@link press.model.Words#count}): words of its text and code weigh 1 per use (at most 8 per
     * term), words of its headings ({@code ##} and deeper) 4 each.
     */
    public static BodyIndex.SearchTerms bodyTerms(Map<String, int[]> counts) {
        List<String> terms = new ArrayList<>(counts.size());
        List<Integer> scores = new ArrayList<>(counts.size());
        counts.forEach((word, c) -> {
            if (STOP.contains(word)) return;
            terms.add(word.intern());
            scores.add(Math.min(127, 4 * c[1] + Math.min(8, c[0] + c[2])));
        });
        byte[] b = new byte[scores.size()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (int) scores.get(i);
        return new BodyIndex.SearchTerms(terms.toArray(new String[0]), b);
    }

    /** The words of {@code text} ({@link press.model.Words}), stop words left out (search.js does the same). */
    static void tokens(String text, java.util.function.Consumer<String> each) {
        press.model.Words.each(text, w -> {
            if (!STOP.contains(w)) each.accept(w);
        });
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, s.lastIndexOf(' ', 157) > 80 ? s.lastIndexOf(' ', 157) : 157) + "…";
    }

    private static byte[] bytes(Object node) {
        try {
            return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
