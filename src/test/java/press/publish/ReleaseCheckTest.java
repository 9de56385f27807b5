package press.publish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReleaseCheckTest {
    private static byte[] html(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void internalLinksMustNameFilesOfTheRelease() {
        ReleaseCheck c = new ReleaseCheck("https://e.org/blog/", "/blog/");
        c.page("posts/b/index.html", html("<a href=\"/blog/posts/nope/\">x</a> <img src=\"chart.png\" alt=\"\"> <a class=\"x\" href=\"https://e.org/blog/tags/\">t</a>"
                + " <a href=\"https://other.org/\">o</a> <a href=\"#top\">top</a> <a data-href=\"/blog/ignored/\">d</a>"));
        c.page("posts/a/index.html", html("<a href=\"/blog/posts/nope/?q=1#f\">again</a> <link rel=\"stylesheet\" href=\"/blog/assets/s.css\">"));
        c.page("feed.xml", html("<link href=\"/blog/not-checked/\"/>"));
        Set<String> files = Set.of("sitemap.xml", "feed.xml", "posts/a/index.html", "posts/b/index.html", "tags/index.html", "assets/s.css");
        assertEquals(List.of(
                "posts/a/index.html: link /blog/posts/nope/?q=1#f names no file of the release (expected posts/nope/index.html)",
                "posts/b/index.html: link chart.png names no file of the release (expected posts/b/chart.png)"), c.problems(files));
    }

    @Test
    void aFolderNamedWithoutItsLastSlashIsServedAsEveryStaticServerRedirectsIt() {
        ReleaseCheck c = new ReleaseCheck("https://e.org/", "/");
        c.page("docs/configuration/index.html", html("<a href=\"../collections\">c</a> <a href=\"/docs/history#v2\">h</a> <a href=\"/docs/gone\">g</a>"));
        Set<String> files = Set.of("sitemap.xml", "feed.xml", "docs/configuration/index.html", "docs/collections/index.html", "docs/history/index.html");
        assertEquals(List.of("docs/configuration/index.html: link /docs/gone names no file of the release (expected docs/gone)"), c.problems(files));
    }

    @Test
    void aReleaseWithoutSitemapOrFeedIsRefused() {
        assertEquals(List.of("sitemap.xml: missing, expected every release to have it", "feed.xml: missing, expected every release to have it"),
                new ReleaseCheck("https://e.org/", "/").problems(Set.of("index.html")));
    }

    @Test
    void theFirstPageNamingAFileIsTheSameWhateverTheThreadsAndTheOrderOfPages() throws Exception {
        java.util.Random random = new java.util.Random(11);
        String[] links = {"/blog/posts/p%d/", "https://e.org/blog/posts/p%d/?a=1&amp;b=2", "/blog/posts/p%d/#top", "img%d.png", "../p%d/",
            "https://other.org/p%d", "#f%d", "/blog/tags/t%d/", "/elsewhere/%d", "/blog/assets/s%d.css?v=1"};
        java.util.Map<String, byte[]> pages = new java.util.TreeMap<>();
        for (int p = 0; p < 400; p++) {
            StringBuilder b = new StringBuilder("<html>");
            for (int k = random.nextInt(30); k > 0; k--) {
                String url = String.format(links[random.nextInt(links.length)], random.nextInt(random.nextBoolean() ? 20 : 3000));
                b.append(random.nextBoolean() ? " <a href=\"" : " <img src=\"").append(url).append("\">");
            }
            pages.put("posts/p" + p + "/index.html", html(b.toString()));
        }
        Set<String> files = new java.util.HashSet<>(Set.of("sitemap.xml", "feed.xml"));
        for (int p = 0; p < 3000; p += 2) files.add("posts/p" + p + "/index.html");
        ReleaseCheck inOrder = new ReleaseCheck("https://e.org/blog/", "/blog/");
        pages.forEach(inOrder::page);
        List<String> expected = inOrder.problems(files);
        assertEquals(50, expected.size()); // many broken links, so the order of the first 50 is what is compared

        List<String> names = new java.util.ArrayList<>(pages.keySet());
        java.util.Collections.shuffle(names, random);
        ReleaseCheck shuffled = new ReleaseCheck("https://e.org/blog/", "/blog/");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (String n : names) done.add(pool.submit(() -> shuffled.page(n, pages.get(n))));
            for (var f : done) f.get();
        } finally {
            pool.shutdown();
        }
        assertEquals(expected, shuffled.problems(files));
        assertEquals(inOrder.broken(files), shuffled.broken(files));

        // one thread that takes pages in path order for a while, then out of it: the same first pages
        List<String> sorted = new java.util.ArrayList<>(pages.keySet());
        List<String> mixed = new java.util.ArrayList<>(sorted.subList(200, 300));
        List<String> rest = new java.util.ArrayList<>(sorted.subList(0, 200));
        rest.addAll(sorted.subList(300, sorted.size()));
        java.util.Collections.shuffle(rest, random);
        mixed.addAll(rest);
        ReleaseCheck oneThread = new ReleaseCheck("https://e.org/blog/", "/blog/");
        for (String n : mixed) oneThread.page(n, pages.get(n));
        assertEquals(inOrder.broken(files), oneThread.broken(files));
    }

    @Test
    void aFileNamedByTwoLinksIsReportedAtTheFirstPageWithTheLinkAsWrittenThere() {
        ReleaseCheck c = new ReleaseCheck("https://e.org/", "/");
        c.page("b/index.html", html("<a href=\"/gone/?x\">1</a> <a href=\"/gone/\">2</a> <img src=\"pic.png\">"));
        c.page("a/index.html", html("<a href=\"/gone/#y\">3</a> <a href=\"/gone/?x\">4</a> <img src=\"pic.png\">"));
        c.page("c/index.html", html("<img src=\"pic.png\"> <a href=\"/gone/\">5</a>"));
        assertEquals(List.of(new ReleaseCheck.Broken("a/index.html", "pic.png", "a/pic.png"),
                new ReleaseCheck.Broken("a/index.html", "/gone/#y", "gone/index.html"),
                new ReleaseCheck.Broken("b/index.html", "pic.png", "b/pic.png"),
                new ReleaseCheck.Broken("c/index.html", "pic.png", "c/pic.png")), c.broken(Set.of()));
    }

    /** The quote search eight bytes at a time finds what a byte at a time finds: any bytes (UTF-8's high ones too), any start, near both ends. */
    @Test
    void theQuoteSearchFindsEveryQuoteAByteLoopFinds() {
        java.util.Random random = new java.util.Random(11);
        byte[] alphabet = {'"', '"', 'a', '=', ' ', 0, 1, 0x21, 0x23, (byte) 0xA2, (byte) 0x80, (byte) 0xFF, (byte) 0xE2};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            int quotes = random.nextInt(4);
            for (int k = 0; k < b.length; k++) b[k] = alphabet[2 + random.nextInt(alphabet.length - 2)];
            for (int q = 0; q < quotes && b.length > 0; q++) b[random.nextInt(b.length)] = '"';
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int want = -1;
            for (int k = from; k < b.length; k++) if (b[k] == '"') { want = k; break; }
            assertEquals(want, ReleaseCheck.indexOfQuote(b, from), java.util.Arrays.toString(b) + " from " + from);
        }
    }
}
