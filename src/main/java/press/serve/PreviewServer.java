package press.serve;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The preview server: serves the output folder, rebuilds it when sources change, and pushes
 * reload events.
 *
 * <p>Workers are bounded by the connection cap, so every admitted connection has a thread and a
 * slow client delays only itself (until the request or response time limit closes it).
 */
public final class PreviewServer implements AutoCloseable {
    private final ServeSettings settings;
    private final HttpServer http;
    private final ThreadPoolExecutor workers;
    private final Rebuilder rebuilder;
    private volatile ReloadEvents events; // set after the rebuilder, which asks it for the open pages
    private final CountDownLatch closed = new CountDownLatch(1);
    private SourceWatcher watcher;
    private volatile boolean started;

    private PreviewServer(ServeSettings settings, Function<String, SiteBuilder> builderForUrl, Consumer<BuildState> log) throws IOException {
        ServerLimits.apply();
        this.settings = settings;
        InetAddress address = InetAddress.getByName(settings.host());
        this.http = HttpServer.create(new InetSocketAddress(address, settings.port()), 128);
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(4, ServerLimits.MAX_CONNECTIONS + 16, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "press-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Duration life = streamLife(settings.eventStreamLife(), ServerLimits.responseLimitMillis());
        this.rebuilder = new Rebuilder(builderForUrl.apply(urlFor(settings.host(), http.getAddress().getPort())), state -> {
            publish();
            log.accept(state);
        }, () -> this.events == null ? java.util.Set.of() : this.events.openPages());
        this.events = new ReloadEvents(settings.maxEventClients(), life, rebuilder::state);
        HostCheck hosts = new HostCheck(settings.host(), http.getAddress().getPort());
        http.createContext("/", new ServeHandler(new SiteFiles(settings.out()), hosts, events, rebuilder::state));
        http.setExecutor(workers);
    }

    /**
     * How long a reload stream lives: as asked, but ending 2 s before the response time limit
     * ({@code limitMillis}, -1 for none) so that limit never cuts a stream mid-way; at least 0.5 s.
     */
    static Duration streamLife(Duration asked, long limitMillis) {
        if (limitMillis > 0 && asked.toMillis() > limitMillis - 2_000) return Duration.ofMillis(Math.max(500, limitMillis - 2_000));
        return asked;
    }

    /**
     * Binds, runs the first build, starts serving and starts watching the sources (if any).
     * A failed first build still serves: every page then shows the problems.
     *
     * @param builderForUrl makes the builder once the base URL ({@code http://HOST:PORT/}) is
     *                      known, which with port 0 is only after binding
     * @param log           told about every build's outcome
     */
    public static PreviewServer start(ServeSettings settings, Function<String, SiteBuilder> builderForUrl,
                                      Consumer<BuildState> log) throws IOException {
        PreviewServer server = new PreviewServer(settings, builderForUrl, log);
        try {
            if (settings.source() != null) { // before the first build, so a save during it is not lost
                server.watcher = new SourceWatcher(settings.source(), settings.quiet(), server.rebuilder::changed);
            }
            server.rebuild();
            server.http.start();
            server.started = true;
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void publish() {
        events.publish();
    }

    /** Builds now and tells open pages. */
    public BuildState rebuild() {
        return rebuilder.rebuild();
    }

    public BuildState state() {
        return rebuilder.state();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:1313/}. */
    public String url() {
        return urlFor(settings.host(), port());
    }

    /** The base URL for a host and port; a wildcard host is shown as {@code localhost}. */
    public static String urlFor(String host, int port) {
        String h = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "localhost" : host;
        if (h.indexOf(':') >= 0 && !h.startsWith("[")) h = "[" + h + "]";
        return "http://" + h + ":" + port + "/";
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        try {
            if (watcher != null) watcher.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        rebuilder.close();
        events.close();
        // the JDK server releases its socket from its dispatcher thread, which only start() makes:
        // a start that failed before serving starts it here, or the port stays bound until the JVM exits
        if (!started) {
            started = true;
            http.start();
        }
        http.stop(0);
        workers.shutdownNow();
        closed.countDown();
    }
}
