package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.output.ViewDigest;
import press.problem.Problems;
import press.render.Route;
import press.render.RoutePlanner;
import press.testing.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's key ({@code Route.Page.key}) stands for its view: a writer keeps a page whose key is
 * unchanged without making the view. So over every kind of edit, a page whose key is equal to
 * the one before has an equal view ({@link ViewDigest}, the check the keys replace), keys do not
 * change between two plans of the same site, and each edit changes the keys of the pages it
 * changes and not those of all pages.
 */
class RouteKeyTest {
    @TempDir
    Path dir;

    /** Per keyed page its key and the digest of its view. */
    private record Keyed(String key, String view) {}

    private Map<String, Keyed> plan(TestSite site) {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            Build.Loaded loaded = Build.load(new BuildOptions(site.root, dir.resolve("out"), null, false, 2), new Problems(), pool, false);
            List<Route> routes = new RoutePlanner(loaded.site(), loaded.templates()::has).plan(Build.assets(loaded.source(), loaded.site()));
            Map<String, Keyed> out = new TreeMap<>();
            for (Route r : routes) {
                if (r instanceof Route.Page p && p.key() != null) out.put(p.path(), new Keyed(p.key().get(), ViewDigest.of(p.view().get())));
                // a file with a view (feeds, the sitemap): its view stands for its bytes, so an equal view must mean equal bytes
                if (r instanceof Route.Data d && d.view() != null) {
                    out.put(d.path(), new Keyed(ViewDigest.of(d.view().get()), press.digest.ContentHash.hex(d.bytes())));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void edit(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String post(String title, String date, String... extra) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + String.join("\n", extra) + "\n---\nbody of " + title + "\n";
    }

    @Test
    void anEqualKeyMeansAnEqualViewAfterEveryKindOfEdit() throws IOException {
        TestSite site = new TestSite(dir.resolve("src")).config("posts_per_page: 2\n")
                .post("a.md", post("Alpha", "2024-01-01", "tags: [caching, cdn]", "stack: [php]", "summary: Shared words."))
                .post("b.md", post("Beta", "2024-01-02", "slug: beta", "tags: [caching]", "stack: [php]", "difficulty: easy"))
                .post("c.md", post("Gamma", "2024-01-03", "tags: [go, caching]", "stack: [go]", "summary: Gamma alone."))
                .post("d.md", post("Delta", "2024-01-04", "tags: [cdn]", "stack: [php]", "checklist: [one, two]"));
        Path posts = site.root.resolve("content/posts");
        Map<String, Keyed> last = plan(site);
        assertTrue(last.containsKey("posts/alpha/index.html") && last.containsKey("index.html") && last.containsKey("tags/caching/index.html"),
                last.keySet().toString());
        assertEquals(last, plan(site), "two plans of one site give the same keys");

        List<Runnable> edits = new ArrayList<>();
        edits.add(() -> append(posts.resolve("a.md"), "One more line.\n")); // the body only
        // a new title at the same address: shown on its neighbours' pages and in the lists
        edits.add(() -> write(posts.resolve("b.md"), post("Beta renamed", "2024-01-02", "slug: beta", "tags: [caching]", "stack: [php]", "difficulty: easy")));
        edits.add(() -> write(posts.resolve("c.md"), post("Gamma", "2024-01-03", "tags: [go, caching]", "stack: [go]", "summary: Shared words.")));
        edits.add(() -> write(posts.resolve("b.md"), post("Beta renamed", "2024-01-02", "slug: beta", "tags: [caching, go]", "stack: [go]", "difficulty: hard")));
        edits.add(() -> write(posts.resolve("d.md"), post("Delta", "2023-06-04", "tags: [cdn]", "stack: [php]", "checklist: [one, three]")));
        edits.add(() -> write(posts.resolve("e.md"), post("Epsilon", "2024-02-01", "tags: [go]", "stack: [go]")));
        edits.add(() -> delete(posts.resolve("c.md")));
        edits.add(() -> write(site.root.resolve("content/site.yaml"), "posts_per_page: 2\ntitle: Renamed site\n"));
        edits.add(() -> write(site.root.resolve("content/site.yaml"), "posts_per_page: 3\ntitle: Renamed site\n"));
        // a section's cascade: the posts without a difficulty take its own, shown on their pages only, though their files
        // stay as they were
        edits.add(() -> write(posts.resolve("_index.md"), "---\ntitle: Posts\ncascade:\n  difficulty: hard\n---\n"));
        edits.add(() -> write(posts.resolve("_index.md"), "---\ntitle: Posts\ncascade:\n  difficulty: medium\n---\n"));
        // and a summary for the posts without one, which lists and feeds show
        edits.add(() -> write(posts.resolve("_index.md"), "---\ntitle: Posts\ncascade:\n  difficulty: medium\n  description: From the section.\n---\n"));
        for (int i = 0; i < edits.size(); i++) {
            edits.get(i).run();
            Map<String, Keyed> now = plan(site);
            int changed = 0;
            for (Map.Entry<String, Keyed> e : now.entrySet()) {
                Keyed before = last.get(e.getKey());
                if (before == null) continue;
                if (before.key().equals(e.getValue().key())) {
                    assertEquals(before.view(), e.getValue().view(), "edit " + i + ": " + e.getKey() + " has an unchanged key but a changed view");
                } else {
                    changed++;
                }
            }
            assertTrue(changed > 0, "edit " + i + " changed no key");
            if (i < 5) assertTrue(changed < now.size(), "edit " + i + " changed every key (" + changed + ")");
            last = now;
        }
    }

    @Test
    void aBodyEditChangesTheKeyOfItsPostAndOfTheFeedsThatCarryItsBody() throws IOException {
        TestSite site = new TestSite(dir.resolve("src")).config("posts_per_page: 2\n")
                .post("a.md", post("Alpha", "2024-01-01", "tags: [caching]"))
                .post("b.md", post("Beta", "2024-01-02", "tags: [caching]"));
        Map<String, Keyed> before = plan(site);
        append(site.root.resolve("content/posts/a.md"), "One more line.\n");
        Map<String, Keyed> after = plan(site);
        List<String> changed = new ArrayList<>();
        before.forEach((path, k) -> {
            assertNotNull(after.get(path), path);
            if (!k.key().equals(after.get(path).key())) changed.add(path);
        });
        // not the lists that show it (they show no body); the feeds carry bodies whole
        assertEquals(List.of("feed.json", "feed.xml", "posts/alpha/index.html", "tags/caching/feed.json", "tags/caching/feed.xml"), changed);
        assertFalse(before.get("posts/alpha/index.html").view().equals(after.get("posts/alpha/index.html").view()));
    }

    private static void write(Path file, String text) {
        try {
            edit(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
