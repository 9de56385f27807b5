package press.serve;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The defaults serve.md promises (32 reload streams, each 20 s, one rebuild after 100 ms of
 * quiet, loopback), and that the default stream life is inside the server's response limit.
 */
class ServeSettingsTest {
    @Test
    void theDefaults() {
        ServeSettings s = ServeSettings.of(Path.of("out"), Path.of("src"), ServeSettings.LOOPBACK, 1313);
        assertEquals("127.0.0.1", s.host());
        assertEquals(new ServeSettings(Path.of("out"), Path.of("src"), "127.0.0.1", 1313, 32, Duration.ofSeconds(20), Duration.ofMillis(100)), s);
    }

    @Test
    void withEventsChangesOnlyTheStreams() {
        ServeSettings s = ServeSettings.of(Path.of("out"), null, "::1", 0).withEvents(2, Duration.ofMillis(400));
        assertEquals(new ServeSettings(Path.of("out"), null, "::1", 0, 2, Duration.ofMillis(400), Duration.ofMillis(100)), s);
    }

    @Test
    void theDefaultStreamLifeIsNotCutByTheResponseLimit() {
        Duration life = ServeSettings.of(Path.of("out"), null, ServeSettings.LOOPBACK, 0).eventStreamLife();
        assertEquals(life, PreviewServer.streamLife(life, ServerLimits.MAX_RESPONSE_SECONDS * 1000L));
    }
}
