package press.serve;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static press.serve.FakeSite.write;

/**
 * Measurements, not a unit test: run with
 * {@code java -cp target/classes:target/test-classes press.serve.ServeBench MODE}.
 * <ul>
 *   <li>{@code site10k PORT}: 10,000 small pages in a temp folder, served until killed (point wrk at it)</li>
 *   <li>{@code latency N}: time from a write in content/ to the reload event at a client, N times</li>
 *   <li>{@code memory N}: heap after GC before and after N rebuild cycles with a client listening</li>
 * </ul>
 */
public final class ServeBench {
    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("press-bench");
        switch (args[0]) {
            case "site10k" -> site10k(tmp, Integer.parseInt(args[1]));
            case "latency" -> latency(tmp, Integer.parseInt(args[1]));
            case "memory" -> memory(tmp, Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void site10k(Path tmp, int port) throws Exception {
        Path out = tmp.resolve("site");
        for (int i = 0; i < 10_000; i++) {
            write(out.resolve("posts/" + (i % 100) + "/p" + i + "/index.html"),
                    "<!doctype html><html><head><title>Post " + i + "</title></head><body><h1>Post " + i + "</h1>"
                            + "<p>Lorem ipsum dolor sit amet. ".repeat(20) + "</p></body></html>");
        }
        PreviewServer server = PreviewServer.start(ServeSettings.of(out, null, "127.0.0.1", port), url -> () -> { }, s -> { });
        System.out.println("serving 10000 pages from " + out + " at " + server.url());
        server.awaitClose();
    }

    private static void latency(Path tmp, int n) throws Exception {
        write(tmp.resolve("content/a.md"), "v0");
        write(tmp.resolve("templates/page.html"), "<html><body>BODY</body></html>");
        FakeSite site = new FakeSite(tmp, tmp.resolve("site"));
        ServeSettings settings = ServeSettings.of(site.out, tmp, "127.0.0.1", 0);
        List<Double> millis = new ArrayList<>();
        try (PreviewServer server = PreviewServer.start(settings, url -> site, s -> { });
             EventClient events = new EventClient(server.port())) {
            events.next(5_000);
            for (int i = 1; i <= n; i++) {
                long start = System.nanoTime();
                write(tmp.resolve("content/a.md"), "v" + i);
                events.next(5_000);
                millis.add((System.nanoTime() - start) / 1e6);
                Thread.sleep(50);
            }
        }
        Collections.sort(millis);
        System.out.printf("write -> reload event, %d runs (quiet period %d ms included): min %.1f, median %.1f, p90 %.1f, max %.1f ms%n",
                n, settings.quiet().toMillis(), millis.get(0), millis.get(n / 2), millis.get(n * 9 / 10), millis.get(n - 1));
    }

    private static void memory(Path tmp, int n) throws Exception {
        for (int i = 0; i < 50; i++) write(tmp.resolve("content/p" + i + ".md"), "post " + i);
        write(tmp.resolve("templates/page.html"), "<html><body>BODY</body></html>");
        FakeSite site = new FakeSite(tmp, tmp.resolve("site"));
        try (PreviewServer server = PreviewServer.start(ServeSettings.of(site.out, null, "127.0.0.1", 0).withEvents(32, Duration.ofSeconds(20)),
                url -> site, s -> { });
             EventClient events = new EventClient(server.port())) {
            events.next(5_000);
            for (int i = 0; i < 100; i++) cycle(server, events, i); // warm up
            long before = heapAfterGc();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) cycle(server, events, i);
            long after = heapAfterGc();
            System.out.printf("%d rebuild cycles (build 50 pages, swap, event, GET a page) in %.1f s; heap after GC: before %.1f MiB, after %.1f MiB%n",
                    n, (System.nanoTime() - start) / 1e9, before / 1048576.0, after / 1048576.0);
        }
    }

    private static void cycle(PreviewServer server, EventClient events, int i) throws Exception {
        long gen = server.rebuild().generation();
        while (events.next(5_000) != gen) {
            // an older event still queued
        }
        RawHttp.Response r = RawHttp.get(server.port(), "/p" + (i % 50) + ".html");
        if (r.status() != 200) throw new AssertionError("status " + r.status());
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
