package press.serve;

/**
 * Limits of the JDK HTTP server, so slow or idle clients cannot starve the rest. The JDK reads
 * these system properties once, when the first server of the JVM is created, so they are set
 * (unless the user already set them) before that. Times are in seconds.
 */
final class ServerLimits {
    /** Connections open at once; further ones are closed on accept. */
    static final int MAX_CONNECTIONS = 256;
    /** Reading a request's headers may take this long. */
    static final int MAX_REQUEST_SECONDS = 10;
    /** Sending a response may take this long; reload streams end themselves before it. */
    static final int MAX_RESPONSE_SECONDS = 30;

    private ServerLimits() {}

    static void apply() {
        setIfAbsent("jdk.httpserver.maxConnections", MAX_CONNECTIONS);
        setIfAbsent("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        setIfAbsent("sun.net.httpserver.maxRspTime", MAX_RESPONSE_SECONDS);
        setIfAbsent("sun.net.httpserver.idleInterval", 30);
        setIfAbsent("sun.net.httpserver.maxIdleConnections", 200);
        setIfAbsent("sun.net.httpserver.maxReqHeaders", 100);
        setIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    /** The response time limit in force, in milliseconds, or -1 when there is none. */
    static long responseLimitMillis() {
        long secs = Long.getLong("sun.net.httpserver.maxRspTime", -1);
        return secs > 0 ? secs * 1000 : -1;
    }

    private static void setIfAbsent(String key, Object value) {
        if (System.getProperty(key) == null) System.setProperty(key, String.valueOf(value));
    }
}
