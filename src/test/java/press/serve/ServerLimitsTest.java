package press.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JDK server's limits as serve.md promises them (10 s for headers, 30 s per response, 30 s
 * idle, 256 connections), set only where the user has not set them with -D; and the response limit
 * in force as the reload streams read it. Every property is restored after each test.
 */
class ServerLimitsTest {
    private static final String[] KEYS = {"jdk.httpserver.maxConnections", "sun.net.httpserver.maxReqTime", "sun.net.httpserver.maxRspTime",
            "sun.net.httpserver.idleInterval", "sun.net.httpserver.maxIdleConnections", "sun.net.httpserver.maxReqHeaders",
            "sun.net.httpserver.nodelay"};
    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void save() {
        for (String k : KEYS) saved.put(k, System.getProperty(k));
        for (String k : KEYS) System.clearProperty(k);
    }

    @AfterEach
    void restore() {
        saved.forEach((k, v) -> {
            if (v == null) System.clearProperty(k);
            else System.setProperty(k, v);
        });
    }

    @Test
    void theDocumentedLimitsAreSetWhenAbsent() {
        ServerLimits.apply();
        assertEquals("256", System.getProperty("jdk.httpserver.maxConnections"));
        assertEquals("10", System.getProperty("sun.net.httpserver.maxReqTime"));
        assertEquals("30", System.getProperty("sun.net.httpserver.maxRspTime"));
        assertEquals("30", System.getProperty("sun.net.httpserver.idleInterval"));
        assertEquals("200", System.getProperty("sun.net.httpserver.maxIdleConnections"));
        assertEquals("100", System.getProperty("sun.net.httpserver.maxReqHeaders"));
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
        assertEquals(30_000, ServerLimits.responseLimitMillis());
    }

    @Test
    void aValueTheUserSetIsKept() {
        System.setProperty("sun.net.httpserver.maxRspTime", "120");
        System.setProperty("jdk.httpserver.maxConnections", "10");
        ServerLimits.apply();
        assertEquals("120", System.getProperty("sun.net.httpserver.maxRspTime"));
        assertEquals("10", System.getProperty("jdk.httpserver.maxConnections"));
        assertEquals("10", System.getProperty("sun.net.httpserver.maxReqTime"), "the others are still set");
        assertEquals(120_000, ServerLimits.responseLimitMillis());
    }

    @Test
    void noResponseLimitIsMinusOne() {
        assertEquals(-1, ServerLimits.responseLimitMillis(), "not set");
        for (String none : new String[] {"0", "-5", "soon"}) {
            System.setProperty("sun.net.httpserver.maxRspTime", none);
            assertEquals(-1, ServerLimits.responseLimitMillis(), none);
        }
    }
}
