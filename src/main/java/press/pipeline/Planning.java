package press.pipeline;

import press.model.Site;
import press.render.Route;
import press.render.RoutePlanner;
import press.render.SearchIndexWriter;
import press.render.SearchPostings;
import press.render.TemplateRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The steps plan and search: every route of the site ({@link RoutePlanner}) and the search index
 * ({@link SearchIndexWriter}), in path order. When the heap has room, the index is made on a thread
 * of its own while the routes are planned (one step, {@code plan+search}): neither reads what the
 * other makes.
 */
final class Planning {
    private Planning() {}

    /**
     * @param postings the search scores kept from the last build, or null (a build without a cache)
     */
    static List<Route> routes(Steps steps, Site site, TemplateRenderer templates, Map<String, Path> assets, SearchPostings postings) {
        return routes(steps, site, templates, assets, postings, roomForBoth());
    }

    /** As above, the two at once when {@code together}. */
    static List<Route> routes(Steps steps, Site site, TemplateRenderer templates, Map<String, Path> assets, SearchPostings postings,
                              boolean together) {
        Supplier<List<Route>> index = () -> postings == null ? SearchIndexWriter.routes(site) : SearchIndexWriter.routes(site, postings);
        Supplier<List<Route>> plan = () -> new RoutePlanner(site, templates::has).plan(assets);
        List<Route> routes;
        List<Route> search;
        if (together) {
            List<List<Route>> made = steps.time("plan+search", () -> {
                FutureTask<List<Route>> indexed = new FutureTask<>(index::get);
                Thread t = new Thread(indexed, "press-search-index");
                t.setDaemon(true);
                t.start();
                List<Route> planned = plan.get();
                return List.of(planned, joined(indexed));
            });
            routes = new ArrayList<>(made.get(0));
            search = made.get(1);
        } else {
            routes = new ArrayList<>(steps.time("plan", plan));
            search = steps.time("search", index);
        }
        routes.replaceAll(r -> SearchIndexWriter.withManifest(r, search));
        routes.addAll(search);
        routes.sort(Comparator.comparing(Route::path));
        return routes;
    }

    /**
     * Whether the heap has room to plan the routes and make the search index at once: the heap in
     * use (live data and garbage) is under a quarter of the most it may grow to. At 100,000 posts in
     * 2 GB the two at once forced three full collections (7 s); at 10,000 posts they save 0.5 s.
     */
    private static boolean roomForBoth() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory() < r.maxMemory() / 4;
    }

    /** The result of {@code task}, waited for; what it threw is thrown as it was (an Error too). */
    private static <T> T joined(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
