package press.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void wordsAreLowerCaseAsciiWithoutStopWords() {
        List<String> out = new ArrayList<>();
        SearchIndexWriter.tokens("The Café's x C3PO, an API-first Déjà vu", out::add);
        assertEquals(List.of("cafe", "c3po", "api", "first", "deja", "vu"), out);
    }

    @Test
    void termsScoreByFieldAndPointAtTheirDocuments() throws Exception {
        TestSite s = new TestSite(dir).config("base_url: https://example.org/blog/\n")
                .post("a.md", "---\ntitle: Redis caching\ndate: 2024-01-01\ntags: [redis]\n---\n## Eviction\n\nredis redis &amp; text\n")
                .post("b.md", "---\ntitle: Other\ndate: 2024-01-02\nsummary: about redis\n---\nnothing\n");
        s.build();
        JsonNode manifest = JSON.readTree(s.read("search/index.json"));
        assertEquals(2, manifest.get("documents").asInt());
        JsonNode re = JSON.readTree(s.read("search/t/re.json"));
        // doc 1 (Redis caching, older) = title 10 + tag 6 + body 2; doc 0 (Other) = summary 3
        assertEquals("[1,18,0,3]", re.get("redis").toString());
        assertEquals("[1,4]", JSON.readTree(s.read("search/t/ev.json")).get("eviction").toString(), "headings weigh 4");
        JsonNode docs = JSON.readTree(s.read("search/d/0.json"));
        assertEquals("[\"Redis caching\",\"/blog/posts/redis-caching/\",\"2024-01-01\",\"\"]", docs.get(1).toString());
        assertFalse(Files.exists(s.root.resolve("site/search/t/am.json")), "entities are not words");
    }

    @Test
    void theSearchPageHoldsTheManifestItself() throws Exception {
        TestSite s = new TestSite(dir).post("a.md", "---\ntitle: Redis caching\ndate: 2024-01-01\n---\nredis\n");
        s.build();
        String page = s.read("search/index.html");
        String open = "<script type=\"application/json\" id=\"search-manifest\">";
        int at = page.indexOf(open);
        assertTrue(at > 0, page);
        assertEquals(s.read("search/index.json"), page.substring(at + open.length(), page.indexOf("</script>", at)));
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"/assets/search\\.[0-9a-f]{10}\\.js\"").matcher(page);
        assertTrue(script.find() && script.start() > at, "the manifest comes before the script that reads it, by its fingerprinted name");

        Route.Page planned = new Route.Page("search/index.html", "search", () -> new Views.SearchPage(null, null, "/search/index.json", "/s.js"), null);
        List<Route> index = List.of(new Route.Data("search/index.json", "{\"shards\":[\"</script>\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Route.Page filled = (Route.Page) SearchIndexWriter.withManifest(planned, index);
        assertEquals("{\"shards\":[\"\\u003c/script>\"]}", ((Views.SearchPage) filled.view().get()).manifest(), "cannot end its script element");
        Route other = new Route.Page("posts/a/index.html", "post", () -> null, null);
        assertTrue(SearchIndexWriter.withManifest(other, index) == other);
    }

    @Test
    void bigShardsSplitByTheNextLetterAndPostingsAreCapped() throws Exception {
        TestSite s = new TestSite(dir);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            words.append("ca");
            for (char c : Integer.toString(i).toCharArray()) words.append((char) ('a' + c - '0'));
            words.append(' ');
        }
        for (int i = 0; i < SearchIndexWriter.POSTINGS + 20; i++) {
            s.post("p" + i + ".md", "---\ntitle: Post " + i + "\ndate: 2024-01-01T00:00:" + String.format("%02d", i % 60) + "Z\nslug: p" + i
                    + "\n---\ncommon " + (i == 0 ? words : "") + "\n");
        }
        s.build();
        JsonNode manifest = JSON.readTree(s.read("search/index.json"));
        List<String> shards = new ArrayList<>();
        manifest.get("shards").forEach(n -> shards.add(n.asText()));
        assertTrue(shards.stream().anyMatch(p -> p.startsWith("ca") && p.length() > 2), shards.toString());
        long total = 0;
        for (String p : shards) {
            byte[] bytes = Files.readAllBytes(s.root.resolve("site/search/t/" + p + ".json"));
            assertTrue(bytes.length < 2 * SearchIndexWriter.SHARD_BYTES, p + " is " + bytes.length + " bytes");
            JsonNode shard = JSON.readTree(bytes);
            shard.fieldNames().forEachRemaining(t -> assertTrue(t.startsWith(p), t + " in shard " + p));
            total += shard.size();
        }
        assertTrue(total > 3000, "every term is in a shard: " + total);
        JsonNode common = JSON.readTree(s.read("search/t/co.json")).get("common");
        assertEquals(2 * SearchIndexWriter.POSTINGS, common.size(), "postings capped");
        assertEquals(0, common.get(0).asInt(), "ties go to the newest");
        assertEquals((SearchIndexWriter.POSTINGS + 20 + SearchIndexWriter.DOCS - 1) / SearchIndexWriter.DOCS,
                Files.list(s.root.resolve("site/search/d")).count());
    }

    @Test
    void postsScoredInBlocksGiveTheSameIndexAsOneBlock() throws Exception {
        TestSite s = new TestSite(dir);
        // "common" in every post, with scores from 1 to 8: more than twice the postings shown, so a build that keeps
        // nothing cuts them back to the best while it merges blocks, and must still show what keeping all of them shows
        for (int i = 0; i < 2 * SearchIndexWriter.POSTINGS + 40; i++) {
            s.post("p" + i + ".md", "---\ntitle: Post " + i + "\ndate: 2024-01-01T00:00:" + String.format("%02d", i % 60) + "Z\nslug: p" + i
                    + "\n---\n" + "common ".repeat(1 + i % 8) + "word" + (i % 13) + "\n");
        }
        press.model.Site site = press.pipeline.Build.site(new press.pipeline.BuildOptions(s.root, dir.resolve("out"), null, false, 1));
        java.util.Map<String, String> one = new java.util.TreeMap<>();
        for (Route r : SearchIndexWriter.routes(site, Integer.MAX_VALUE)) one.put(r.path(), new String(((Route.Data) r).bytes(), java.nio.charset.StandardCharsets.UTF_8));
        for (int block : new int[] {1, 7, 100}) {
            java.util.Map<String, String> blocks = new java.util.TreeMap<>();
            for (Route r : SearchIndexWriter.routes(site, block)) blocks.put(r.path(), new String(((Route.Data) r).bytes(), java.nio.charset.StandardCharsets.UTF_8));
            java.util.Set<String> differing = new java.util.TreeSet<>();
            one.forEach((path, text) -> { if (!text.equals(blocks.get(path))) differing.add(path); });
            assertEquals(one.keySet(), blocks.keySet(), "blocks of " + block);
            assertEquals(java.util.Set.of(), differing, "blocks of " + block);
        }
        java.util.Map<String, String> all = new java.util.TreeMap<>(); // every posting kept, as a build with a cache does
        for (Route r : SearchIndexWriter.routes(site, new SearchPostings(), 7)) all.put(r.path(), new String(((Route.Data) r).bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(one, all);
        assertEquals(2 * SearchIndexWriter.POSTINGS, JSON.readTree(one.get("search/t/co.json")).get("common").size());
    }

    /** The shards are written as a stream: the same bytes as the tree of Jackson nodes they were made of before. */
    @Test
    void aShardStreamedIsTheBytesOfItsTree() throws Exception {
        java.util.Random random = new java.util.Random(9);
        String[] words = {"go", "gö", "g\"o", "g\\o", "g\u2028o", "g\u0001", "g\ud83d\ude00", "gopher", "goroutine"};
        for (int run = 0; run < 200; run++) {
            java.util.Map<String, long[]> postings = new java.util.HashMap<>();
            List<String> terms = new ArrayList<>();
            for (String w : words) {
                if (random.nextBoolean()) continue;
                long[] all = new long[random.nextInt(SearchIndexWriter.POSTINGS + 50) + 1];
                for (int i = 0; i < all.length; i++) all[i] = ((long) random.nextInt(200) << 32) | (Integer.MAX_VALUE - random.nextInt(100_000));
                java.util.Arrays.sort(all);
                postings.put(w, all);
                terms.add(w);
            }
            ObjectMapper json = new ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode tree = json.createObjectNode();
            for (String t : terms) {
                com.fasterxml.jackson.databind.node.ArrayNode a = tree.putArray(t);
                long[] all = postings.get(t);
                for (int i = all.length - 1; i >= Math.max(0, all.length - SearchIndexWriter.POSTINGS); i--) {
                    a.add(Integer.MAX_VALUE - (int) all[i]).add((int) (all[i] >>> 32));
                }
            }
            assertEquals(json.writeValueAsString(tree), new String(SearchIndexWriter.shard(postings, terms), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
