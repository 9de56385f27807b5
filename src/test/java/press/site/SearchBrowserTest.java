package press.site;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.TestSite;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

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

    private static List<String> titles(String browser, String url) throws Exception {
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("press-chromium"), "--virtual-time-budget=5000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        Document dom = Jsoup.parse(new String(out, StandardCharsets.UTF_8));
        assertTrue(dom.getElementById("search-results") != null, "no search page in: " + new String(out, StandardCharsets.UTF_8));
        List<String> titles = dom.select("#search-results li h2 a").eachText();
        assertEquals(!titles.isEmpty(), dom.getElementById("search-help").hasAttr("hidden"), "the help gives way to results, and only to them: " + url);
        return titles;
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
