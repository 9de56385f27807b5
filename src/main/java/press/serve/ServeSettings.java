package press.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to serve.
 *
 * @param out           the output folder; resolved again on every request, since a build swaps it
 * @param source        the site folder whose {@code content/} and {@code templates/} are watched; null watches nothing
 * @param host          the address to listen on; loopback unless the user asks otherwise
 * @param port          0 picks a free port
 * @param maxEventClients open reload streams allowed at once; more get 503 so they cannot hold every worker
 * @param eventStreamLife how long one reload stream stays open before the browser reconnects; below the
 *                      server's response time limit so that limit never cuts a stream mid-way
 * @param quiet         how long the sources must be still before a burst of saves triggers one rebuild
 */
public record ServeSettings(Path out, Path source, String host, int port,
                            int maxEventClients, Duration eventStreamLife, Duration quiet) {

    public static final String LOOPBACK = "127.0.0.1";

    public static ServeSettings of(Path out, Path source, String host, int port) {
        return new ServeSettings(out, source, host, port, 32, Duration.ofSeconds(20), Duration.ofMillis(100));
    }

    public ServeSettings withEvents(int maxClients, Duration life) {
        return new ServeSettings(out, source, host, port, maxClients, life, quiet);
    }
}
