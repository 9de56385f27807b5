package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
    void aBadPortIsAUsageError() {
        assertEquals(Main.USAGE, Main.run("serve", "--port", "not-a-number"));
    }
}
