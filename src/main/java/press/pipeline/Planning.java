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
 * of its own, started before the routes are planned (by a clean build, as soon as the posts and
 * terms are assembled), and the step is named {@code plan+search}: neither reads what the other makes.
 */
final class Planning {
    private Planning() {}

    /**
     * Every route, the search index's too, in path order; {@code index} started already on its own
     * thread ({@link SearchIndex#start}), or made here after the plan when it was not.
     */
    static List<Route> routes(Steps steps, Site site, TemplateRenderer templates, Map<String, Path> assets, SearchIndex index) {
        Supplier<List<Route>> plan = () -> new RoutePlanner(site, templates::has).plan(assets);
        List<Route> routes;
        List<Route> search;
        if (index.started()) {
            List<List<Route>> made = steps.time("plan+search", () -> List.of(plan.get(), index.get()));
            routes = new ArrayList<>(made.get(0));
            search = made.get(1);
        } else {
            routes = new ArrayList<>(steps.time("plan", plan));
            search = steps.time("search", index::get);
        }
        routes.replaceAll(r -> SearchIndexWriter.withManifest(r, search));
        routes.addAll(search);
        routes.sort(Comparator.comparing(Route::path));
        return routes;
    }

    /**
     * The search index's routes ({@link SearchIndexWriter}), made on a thread of their own from
     * when they are started, when the heap has room; else made when first asked for. The index
     * reads the site's posts and terms only, so a clean build starts it as soon as those are
     * assembled, before the similar posts are found ({@link Build.Taps#beforeSimilar}): the index's
     * 0.7 s at 10,000 posts then runs while the similar posts' serial parts leave a core free.
     */
    static final class SearchIndex {
        private final FutureTask<List<Route>> task;
        private final boolean started;

        private SearchIndex(FutureTask<List<Route>> task, boolean started) {
            this.task = task;
            this.started = started;
        }

        /** The index of {@code site} (its similar posts are not read), on a thread of its own when the heap has room. */
        static SearchIndex start(Site site, SearchPostings postings) {
            return start(site, postings, roomForBoth());
        }

        /** As above, on a thread of its own when {@code together}. */
        static SearchIndex start(Site site, SearchPostings postings, boolean together) {
            FutureTask<List<Route>> task = new FutureTask<>(() -> postings == null ? SearchIndexWriter.routes(site) : SearchIndexWriter.routes(site, postings));
            if (together) {
                Thread t = new Thread(task, "press-search-index");
                t.setDaemon(true);
                t.start();
            }
            return new SearchIndex(task, together);
        }

        boolean started() {
            return started;
        }

        /** After a failed build: waits for the index if it runs on its own thread, whatever comes of it. */
        void settle() {
            if (!started) return;
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the build has failed already; this is not what it reports
            }
        }

        /** The routes, made here if they were not started on their own thread. */
        List<Route> get() {
            if (!started) task.run();
            return joined(task);
        }
    }

    /**
     * Whether the heap has room to find the similar posts and make the search index at once: the
     * heap in use (live data and garbage) is under half of the most it may grow to. At 10,000 posts
     * the two at once save 0.5 s. At 100,000 posts in 2 GB (878 MB in use when asked) they once forced
     * three full collections (7 s); since the front matter is kept on disk and a build that keeps
     * nothing keeps only the postings it shows, none (4 Dec 2026: 50.5-50.7 s against 52.4-55.8 s).
     */
    private static boolean roomForBoth() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory() < r.maxMemory() / 2;
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
