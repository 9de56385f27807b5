package press.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Listens to the reload stream like a page would, reconnecting when the server ends a stream
 * (as EventSource does), and queues each build event's generation.
 */
final class EventClient implements AutoCloseable {
    final BlockingQueue<Long> generations = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final HttpRequest request;
    private volatile boolean closed;
    private volatile CompletableFuture<HttpResponse<Stream<String>>> response;

    EventClient(int port) {
        request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__press/events")).build();
        connect();
    }

    private void connect() {
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            try (Stream<String> lines = r.body()) {
                lines.forEach(line -> {
                    if (line.startsWith("data: ")) generations.add(Long.parseLong(line.substring(6)));
                });
            } catch (RuntimeException ended) {
                // the stream broke off; reconnect below like a browser would
            }
            if (!closed) connect();
        });
    }

    /** The next generation announced, waiting at most the given time; fails when none comes. */
    long next(long millis) throws InterruptedException {
        Long g = generations.poll(millis, TimeUnit.MILLISECONDS);
        if (g == null) throw new AssertionError("no reload event within " + millis + " ms");
        return g;
    }

    @Override
    public void close() {
        closed = true;
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
