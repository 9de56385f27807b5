package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.output.ViewDigest;
import press.problem.Problems;
import press.render.Route;
import press.testing.TestSite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes and the search index are the same whether they are made one after the other or at once, and the step is named as it ran. */
class PlanningTest {
    @TempDir
    Path dir;

    /** Each route as its path, kind and content (a page's view digest, a data file's bytes). */
    private static List<String> shown(List<Route> routes) {
        List<String> out = new ArrayList<>();
        for (Route r : routes) {
            if (r instanceof Route.Page p) out.add(p.path() + " page " + ViewDigest.of(p.view().get()));
            else if (r instanceof Route.Data d) out.add(d.path() + " data " + press.digest.ContentHash.hex(d.bytes()));
            else if (r instanceof Route.Copy c) out.add(c.path() + " copy " + c.from());
        }
        return out;
    }

    @Test
    void atOnceOrOneAfterTheOtherTheRoutesAreTheSame() {
        TestSite site = new TestSite(dir.resolve("src")).config("posts_per_page: 2\n");
        for (int i = 1; i <= 7; i++) {
            site.post("p" + i + ".md", "Post " + i + " on caching", "2024-01-0" + i, "tags: [caching, t" + (i % 3) + "]",
                    "summary: Searchable words " + i + ".");
        }
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            Build.Loaded loaded = Build.load(new BuildOptions(site.root, dir.resolve("out"), null, false, 2), new Problems(), pool, false);
            Steps together = new Steps();
            Steps apart = new Steps();
            var assets = Build.assets(loaded.source(), loaded.site());
            List<String> a = shown(Planning.routes(together, loaded.site(), loaded.templates(), assets, Planning.SearchIndex.start(loaded.site(), null, true)));
            List<String> b = shown(Planning.routes(apart, loaded.site(), loaded.templates(), assets, Planning.SearchIndex.start(loaded.site(), null, false)));
            assertEquals(b, a);
            // the build starts the index before the similar posts are found: the index does not read them
            assertTrue(loaded.site().similar().values().stream().anyMatch(l -> !l.isEmpty()), "the site has similar posts");
            Planning.SearchIndex early = Planning.SearchIndex.start(loaded.site().withSimilar(java.util.Map.of()), null, true);
            assertEquals(a, shown(Planning.routes(new Steps(), loaded.site(), loaded.templates(), assets, early)));
            assertTrue(a.stream().anyMatch(s -> s.startsWith("search/")) && a.stream().anyMatch(s -> s.startsWith("posts/")), a.toString());
            assertEquals(List.of("plan+search"), together.steps().stream().map(Steps.Step::name).toList());
            assertEquals(List.of("plan", "search"), apart.steps().stream().map(Steps.Step::name).toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
