package press.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Every request passes here, in this order: an origin-form target, an allowed {@code Host}, GET
 * or HEAD, a safely decoded path; then the reload endpoints or a file of the output folder.
 */
final class ServeHandler implements HttpHandler {
    private static final String PLAIN_404 = "<!doctype html><meta charset=\"utf-8\"><title>Not found</title><h1>404 Not found</h1>\n";

    private final SiteFiles files;
    private final HostCheck hosts;
    private final ReloadEvents events;
    private final Supplier<BuildState> state;

    ServeHandler(SiteFiles files, HostCheck hosts, ReloadEvents events, Supplier<BuildState> state) {
        this.files = files;
        this.hosts = hosts;
        this.events = events;
        this.state = state;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            Headers rsp = ex.getResponseHeaders();
            rsp.set("X-Content-Type-Options", "nosniff");
            rsp.set("Cross-Origin-Resource-Policy", "same-origin");
            boolean head = ex.getRequestMethod().equals("HEAD");
            URI target = ex.getRequestURI();
            if (target.isAbsolute() || target.getRawAuthority() != null) {
                Replies.plain(ex, 400, "bad request target\n", head);
                return;
            }
            List<String> hostHeaders = ex.getRequestHeaders().get("Host");
            if (hostHeaders == null || hostHeaders.size() != 1 || !hosts.allowsHost(hostHeaders.get(0))) {
                Replies.plain(ex, 403, "this server answers only to its own address (Host header refused)\n", head);
                return;
            }
            if (!head && !ex.getRequestMethod().equals("GET")) {
                rsp.set("Allow", "GET, HEAD");
                Replies.plain(ex, 405, "method not allowed\n", false);
                return;
            }
            String rawPath = target.getRawPath();
            if (PageDecorator.EVENTS_PATH.equals(rawPath)) {
                events(ex, head);
            } else if (PageDecorator.SCRIPT_PATH.equals(rawPath)) {
                rsp.set("Cache-Control", "no-cache");
                Replies.send(ex, 200, MediaTypes.of("reload.js"), PageDecorator.SCRIPT.getBytes(StandardCharsets.UTF_8), head);
            } else {
                site(ex, RequestPath.decode(rawPath), target.getRawQuery(), head);
            }
        } catch (Refusal r) {
            Replies.plain(ex, r.status(), r.status() == 404 ? "not found\n" : "bad request\n", ex.getRequestMethod().equals("HEAD"));
        } finally {
            ex.close();
        }
    }

    private void events(HttpExchange ex, boolean head) throws IOException {
        Headers req = ex.getRequestHeaders();
        String fetchSite = req.getFirst("Sec-Fetch-Site");
        boolean crossSite = fetchSite != null && !fetchSite.toLowerCase(Locale.ROOT).matches("same-origin|none");
        List<String> origins = req.get("Origin");
        boolean foreign = origins != null && (origins.size() != 1 || !hosts.allowsOrigin(origins.get(0)));
        if (crossSite || foreign) {
            Replies.plain(ex, 403, "reload events are for this server's own pages\n", head);
            return;
        }
        events.serve(ex, head);
    }

    private void site(HttpExchange ex, RequestPath path, String rawQuery, boolean head) throws IOException {
        BuildState current = state.get(); // read before the files, so a page is never labelled newer than it is
        for (int attempt = 0; ; attempt++) {
            try {
                siteOnce(ex, path, rawQuery, current, head);
                return;
            } catch (NoSuchFileException swappedAway) {
                if (attempt > 0) throw swappedAway; // a build swapped the folder between lookup and read: look again once
            }
        }
    }

    private void siteOnce(HttpExchange ex, RequestPath path, String rawQuery, BuildState current, boolean head) throws IOException {
        SiteFiles.Found found = files.find(path.segments());
        if (found instanceof SiteFiles.Directory) {
            if (!path.trailingSlash()) {
                String location = path.encoded() + "/" + (rawQuery == null ? "" : "?" + rawQuery);
                ex.getResponseHeaders().set("Location", location);
                Replies.plain(ex, 301, "moved to " + location + "\n", head);
                return;
            }
            List<String> index = new ArrayList<>(path.segments());
            index.add("index.html");
            found = files.find(index);
        } else if (found instanceof SiteFiles.File && path.trailingSlash()) {
            found = new SiteFiles.Missing(); // "/a.html/" asks for a folder that is not there
        }
        if (found instanceof SiteFiles.File file) {
            FileResponder.send(ex, file, 200, current, head);
            return;
        }
        if (files.find(List.of("404.html")) instanceof SiteFiles.File notFound) {
            FileResponder.send(ex, notFound, 404, current, head);
        } else {
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            Replies.send(ex, 404, MediaTypes.HTML, PageDecorator.decorate(PLAIN_404.getBytes(StandardCharsets.UTF_8), current), head);
        }
    }
}
