package press.serve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostCheckTest {
    private final HostCheck loopback = new HostCheck("127.0.0.1", 1313);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:1313", "127.0.0.1", "localhost:1313", "LOCALHOST", "127.1.2.3:1313", "[::1]:1313", "[::1]"})
    void loopbackNamesAreAllowed(String host) {
        assertTrue(loopback.allowsHost(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "evil.example", "evil.example:1313", "localhost:1314", "127.0.0.1:80", "localhost.evil.example",
            "127.0.0.1.nip.io", "localhost.", "0x7f000001", "2130706433", "127.1", "[::1]:80", "[::ffff:7f00:1]x", "[::1",
            "192.168.1.10:1313", "0.0.0.0:1313", "127.0.0.1:1313:1313", "127.0.0.1:+1313"})
    void everythingElseIsRefused(String host) {
        assertFalse(loopback.allowsHost(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"preview.lan:1313", "PREVIEW.lan", "localhost:1313"})
    void aConfiguredHostIsAllowedToo(String host) {
        assertTrue(new HostCheck("preview.lan", 1313).allowsHost(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:1313", "http://localhost:1313", "http://[::1]:1313"})
    void ownOrigins(String origin) {
        assertTrue(loopback.allowsOrigin(origin));
        assertTrue(loopback.allowsOrigin(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "http://evil.example", "http://127.0.0.1:1314", "https://127.0.0.1:1313",
            "http://localhost", "http://u@127.0.0.1:1313", "http://127.0.0.1:1313/x", "file://", "http://127.0.0.1.nip.io:1313"})
    void foreignOrigins(String origin) {
        assertFalse(loopback.allowsOrigin(origin));
    }
}
