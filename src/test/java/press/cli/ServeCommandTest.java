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

    @Test
    void aBadPortIsAUsageError() {
        assertEquals(Main.USAGE, Main.run("serve", "--port", "not-a-number"));
    }
}
