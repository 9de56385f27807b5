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

/** Listens to the reload stream like a page would and queues each build event's generation. */
final class EventClient implements AutoCloseable {
    final BlockingQueue<Long> generations = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    EventClient(int port) {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__press/events")).build();
        response = HttpClient.newHttpClient().sendAsync(req, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> r.body().forEach(line -> {
            if (line.startsWith("data: ")) generations.add(Long.parseLong(line.substring(6)));
        }));
    }

    /** The next generation announced, waiting at most the given time; fails the test when none comes. */
    long next(long millis) throws InterruptedException {
        Long g = generations.poll(millis, TimeUnit.MILLISECONDS);
        if (g == null) throw new AssertionError("no reload event within " + millis + " ms");
        return g;
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
