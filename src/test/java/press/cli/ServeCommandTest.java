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
        press.pipeline.TestSite site = press.pipeline.TestSite.withTestTheme(dir.resolve("src"))
                .post("a.md", "A", "2024-01-01").file("content/notes.txt", "not content");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServeCommand.build(new press.pipeline.BuildOptions(site.root, dir.resolve("out"), "http://127.0.0.1:1313/", false, 1),
                new press.pipeline.BuildCache(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(List.of("warning: content/notes.txt: skipped: not a content file, expected Markdown (.md, .markdown, .mdown) "
                + "or a file beside an index.md in its bundle folder"), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aBadPortIsAUsageError() {
        assertEquals(Main.USAGE, Main.run("serve", "--port", "not-a-number"));
    }
}
