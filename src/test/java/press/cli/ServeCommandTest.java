package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {
    @Test
    void aTakenPortIsAUsageErrorWithAClearMessage(@TempDir Path site) throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run("serve", "--source", site.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(Main.USAGE, code);
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("press: cannot listen on 127.0.0.1:"), text);
    }

    @Test
    void eachBuildsWarningsAreSaidOnceOnTheTerminal(@TempDir Path dir) {
        press.testing.TestSite site = press.testing.TestSite.withTestTheme(dir.resolve("src"))
                .post("a.md", "A", "2024-01-01").file("content/notes.txt", "not content");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServeCommand.build(new press.pipeline.BuildOptions(site.root, dir.resolve("out"), "http://127.0.0.1:1313/", false, 1),
                new press.pipeline.BuildCache(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(List.of("warning: content/notes.txt: skipped: not a content file, expected Markdown (.md, .markdown, .mdown) "
                + "or a file beside an index.md in its bundle folder (files published as they are, such as images and CSS, go in static/)"), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void nowFutureAndExpiredScheduleContentAsBuildDoes() {
        java.time.OffsetDateTime later = java.time.OffsetDateTime.parse("2024-06-01T00:00:00Z");
        java.time.OffsetDateTime earlier = java.time.OffsetDateTime.parse("2024-04-01T00:00:00Z");
        ServeCommand plain = new ServeCommand();
        new picocli.CommandLine(plain).parseArgs("--now", "2024-05-01");
        press.model.Schedule s = plain.schedule(plain.clock(null));
        assertEquals(java.time.Instant.parse("2024-05-01T00:00:00Z"), s.now());
        assertTrue(!s.shows(later, null) && !s.shows(null, earlier) && s.shows(earlier, later));
        ServeCommand all = new ServeCommand();
        new picocli.CommandLine(all).parseArgs("--now", "2024-05-01T00:00:00Z", "--future", "--expired");
        press.model.Schedule a = all.schedule(all.clock(null));
        assertTrue(a.shows(later, null) && a.shows(null, earlier));
        ServeCommand fromEpoch = new ServeCommand();
        new picocli.CommandLine(fromEpoch).parseArgs();
        assertEquals(java.time.Instant.ofEpochSecond(1714521600), fromEpoch.schedule(fromEpoch.clock("1714521600")).now());
        assertTrue(fromEpoch.schedule(fromEpoch.clock(null)).shows(later, earlier), "no now: nothing is left out");
    }

    @Test
    void aBadNowIsAUsageError() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(Main.USAGE, Main.run("serve", "--now", "yesterday", "--port", "0"));
        } finally {
            System.setErr(saved);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("press serve: --now expects a time such as 2024-05-01T12:00:00Z"), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The real server on a real site: a saved body edit is on the page after a generation written
     * ahead of the full build, and once the full build has run the folder is a clean build's.
     */
    @Test
    void aSavedEditIsWrittenAheadThenTheFullBuildMatchesACleanOne(@TempDir Path dir) throws Exception {
        press.testing.TestSite site = new press.testing.TestSite(dir.resolve("src"))
                .post("a.md", "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching]\n---\nfirst words\n")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching]");
        Path out = dir.resolve("served");
        java.util.List<press.serve.BuildState> states = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        press.pipeline.BuildCache cache = new press.pipeline.BuildCache();
        try (press.serve.PreviewServer server = press.serve.PreviewServer.start(
                press.serve.ServeSettings.of(out, site.root, "127.0.0.1", 0),
                url -> ServeCommand.builder(new press.pipeline.BuildOptions(site.root, out, url, false, 1), cache,
                        new PrintStream(err, true, StandardCharsets.UTF_8)), states::add)) {
            Path a = site.root.resolve("content/posts/a.md");
            Path saved = dir.resolve("a.md.new"); // written outside the watched folders and moved in: one event, as an editor's save
            java.nio.file.Files.writeString(saved, "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching]\n---\nan edited sentence\n");
            java.nio.file.Files.setLastModifiedTime(saved, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
            java.nio.file.Files.move(saved, a, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            long end = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < end && states.stream().filter(st -> st.ahead().isEmpty()).count() < 2) Thread.sleep(20);
            assertEquals(List.of("posts/alpha/index.html"), states.get(1).ahead(), "written ahead: " + states);
            assertTrue(java.nio.file.Files.readString(out.resolve("posts/alpha/index.html")).contains("an edited sentence"));
            assertEquals(3, states.size(), "the first build, the page ahead, the full build: " + states);
            assertTrue(states.get(2).problems().isEmpty());
            Path fresh = dir.resolve("fresh");
            press.pipeline.Build.run(new press.pipeline.BuildOptions(site.root, fresh, server.url(), false, 1));
            java.util.Map<String, byte[]> want = press.testing.SiteFixture.tree(fresh);
            java.util.Map<String, byte[]> got = press.testing.SiteFixture.tree(out);
            assertEquals(want.keySet(), got.keySet());
            want.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, got.get(path)), path + " differs from a clean build"));
        }
    }

    @Test
    void aBadPortIsAUsageError() {
        assertEquals(Main.USAGE, Main.run("serve", "--port", "not-a-number"));
    }
}
