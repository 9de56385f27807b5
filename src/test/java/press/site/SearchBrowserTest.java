package press.site;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.generate.SiteGenerator;
import press.testing.SiteFixture;
import press.testing.TestSite;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in a real browser: Debian's Chromium, headless, opens the search page of a built
 * site served on 127.0.0.1 with a query in its address (what the search box submits; typing runs
 * the same search) and the rendered DOM lists the expected posts. Skipped, saying so, only where
 * no chromium is installed; .ci/run installs it. The page holds the index's manifest; a page without
 * it, or with a copy that does not parse, fetches {@code search/index.json} instead.
 */
class SearchBrowserTest {
    @TempDir
    Path dir;

    private static String chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) return c;
        }
        return null;
    }

    private static final String MANIFEST_OPEN = "<script type=\"application/json\" id=\"search-manifest\">";

    /** The requests the server has answered, as paths, in order. */
    private final Queue<String> requested = new ConcurrentLinkedQueue<>();

    private String browser() {
        String browser = chromium();
        Assumptions.assumeTrue(browser != null, "SKIPPED: no chromium installed (apt-get install -y chromium; .ci/run does it)");
        return browser;
    }

    private Path buildSite() {
        TestSite site = new TestSite(dir.resolve("site")).config("title: t\nbase_url: http://127.0.0.1/\n")
                .post("a.md", "---\ntitle: Tuning Postgres indexes\ndate: 2024-01-01\nstack: [postgres]\n---\n## Slow queries\n\nRead the plan.\n")
                .post("b.md", "---\ntitle: Caching in Go services\ndate: 2024-01-02\nstack: [go]\n---\nUse a <cache> & measure.\n")
                .post("c.md", "---\ntitle: Rollbacks for Go deploys\ndate: 2024-01-03\nstack: [go]\nsummary: slow queries too\n---\nShip small.\n");
        site.build();
        return dir.resolve("site/site");
    }

    @Test
    void searchingFindsThePostsOfAProblemAndAStack() throws Exception {
        String browser = browser();
        Path root = buildSite();
        assertTrue(Files.readString(root.resolve("search/index.html")).contains(MANIFEST_OPEN), "the page holds the manifest");
        HttpServer server = serve(root);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/search/?q=";
            assertEquals(List.of("Rollbacks for Go deploys", "Caching in Go services"), titles(browser, base + "go"));
            assertEquals(List.of("Tuning Postgres indexes", "Rollbacks for Go deploys"), titles(browser, base + "slow+queries"));
            assertEquals(List.of("Tuning Postgres indexes"), titles(browser, base + "postgr"), "the last word matches as a prefix");
            assertEquals(List.of("Caching in Go services"), titles(browser, base + "%3Ccache%3E+go"));
            assertEquals(List.of(), titles(browser, base + "kubernetes"));
            assertTrue(requested.stream().anyMatch(p -> p.startsWith("/search/t/")), "term shards fetched: " + requested);
            assertFalse(requested.contains("/search/index.json"), "the manifest is read from the page, not fetched: " + requested);
        } finally {
            server.stop(0);
        }
    }

    /** The fetch fallback: the same searches give the same results when the page's copy of the manifest is gone or broken. */
    @Test
    void withoutAUsableManifestInThePageTheScriptFetchesIt() throws Exception {
        String browser = browser();
        Path root = buildSite();
        Path page = root.resolve("search/index.html");
        String html = Files.readString(page);
        int open = html.indexOf(MANIFEST_OPEN);
        int close = html.indexOf("</script>", open);
        assertTrue(open >= 0 && close > open, "the page holds the manifest: " + html);
        String before = html.substring(0, open);
        String after = html.substring(close + "</script>".length());
        HttpServer server = serve(root);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/search/?q=";
            for (String variant : List.of(before + after, before + MANIFEST_OPEN + "{\"shards\": [\"go\", </script>" + after)) {
                Files.delete(page); // a new file, not a write through a link the release may share
                Files.writeString(page, variant);
                requested.clear();
                assertEquals(List.of("Rollbacks for Go deploys", "Caching in Go services"), titles(browser, base + "go"), variant);
                assertEquals(List.of("Tuning Postgres indexes"), titles(browser, base + "postgr"), variant);
                assertEquals(List.of(), titles(browser, base + "kubernetes"), variant);
                assertTrue(requested.contains("/search/index.json"), "the manifest is fetched: " + requested);
            }
        } finally {
            server.stop(0);
        }
    }

    /**
     * The done-when's search on a site of the generator's shape (the posts {@code press generate} writes,
     * as in the 10,000-post bench site, here 1,000 of them): searching for a problem and a stack shows
     * the posts about that problem on that stack first.
     */
    @Test
    void onAGeneratedSiteAProblemAndAStackFindTheirPosts() throws Exception {
        String browser = browser();
        Path site = SiteFixture.site(dir.resolve("gen"), SiteFixture.REPO.resolve("content"));
        new SiteGenerator().write(site.resolve("content/posts/generated"), 1000, 42);
        Map<String, List<String>> byTopic = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve("content/posts/generated"))) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                Matcher topic = Pattern.compile("(?m)^topic: \"(.+) / (.+)\"$").matcher(text);
                Matcher slug = Pattern.compile("(?m)^slug: \"(.+)\"$").matcher(text);
                assertTrue(topic.find() && slug.find(), "a generated post has a topic and a slug: " + f);
                byTopic.computeIfAbsent(topic.group(1) + " " + topic.group(2), k -> new ArrayList<>()).add("/posts/" + slug.group(1) + "/");
            }
        }
        String query = byTopic.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
        List<String> expected = byTopic.get(query);
        assertTrue(expected.size() >= 3, "a problem on a stack with several posts: " + query + " " + expected);
        Path out = dir.resolve("gen-out");
        assertEquals(1005, SiteFixture.build(site, out, null, 2).posts(), "the repo's 5 posts and 1,000 generated");
        HttpServer server = serve(out);
        try {
            Document dom = page(browser, "http://127.0.0.1:" + server.getAddress().getPort() + "/search/?q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8));
            List<String> shown = dom.select("#search-results li h2 a").eachAttr("href");
            int first = Math.min(expected.size(), 10);
            assertEquals(10, shown.size(), query + ": " + shown);
            assertTrue(expected.containsAll(shown.subList(0, first)) && (first == 10 || shown.subList(0, first).containsAll(expected)),
                    "the posts about \"" + query + "\" come first: " + shown + ", expected first: " + expected);
            String status = dom.getElementById("search-status").text();
            Matcher count = Pattern.compile("The best 10 of (\\d+) posts match").matcher(status);
            assertTrue(count.find() && Integer.parseInt(count.group(1)) >= expected.size(), status);
        } finally {
            server.stop(0);
        }
    }

    private static List<String> titles(String browser, String url) throws Exception {
        Document dom = page(browser, url);
        List<String> titles = dom.select("#search-results li h2 a").eachText();
        assertEquals(!titles.isEmpty(), dom.getElementById("search-help").hasAttr("hidden"), "the help gives way to results, and only to them: " + url);
        return titles;
    }

    private static Document page(String browser, String url) throws Exception {
        Path profile = Files.createTempDirectory("press-chromium"); // Chromium's profile, some 30 folders: deleted after each page
        byte[] out;
        try {
            Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", url)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(profile);
        }
        Document dom = Jsoup.parse(new String(out, StandardCharsets.UTF_8));
        assertTrue(dom.getElementById("search-results") != null, "no search page in: " + new String(out, StandardCharsets.UTF_8));
        return dom;
    }

    /** The built folder over HTTP on 127.0.0.1 (fetch does not work from file://). */
    private HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            requested.add(path);
            Path f = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(f)) f = f.resolve("index.html");
            byte[] body;
            int code = 200;
            if (f.startsWith(root) && Files.isRegularFile(f)) body = Files.readAllBytes(f);
            else {
                body = "not found".getBytes(StandardCharsets.UTF_8);
                code = 404;
            }
            String name = f.getFileName().toString();
            ex.getResponseHeaders().set("Content-Type", name.endsWith(".json") ? "application/json" : name.endsWith(".js")
                    ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(code, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return server;
    }
}
