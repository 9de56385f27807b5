package press.render;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import press.model.PostBody;
import press.problem.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Time to render one post page with the shipped theme ({@code templates/} of the repository: the
 * layout, the post, the recursive meta box), one thread, on views shaped like the generated posts'
 * (two term groups, a 6 KB body, a meta box of texts, lists and a map, five similar posts). The
 * {@code names} parameter compares press's {@link ViewNames} with Mustache's own reflection handler
 * made strict as press had it ({@link StrictReflection}). Not run by {@code mvn verify};
 * docs/content/internals/performance.md ("Benchmarks") has the command: run it from the repository.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC"})
public class RenderBench {
    @Param({"view-names", "mustache-reflection"})
    public String names;

    private TemplateRenderer renderer;
    private final List<Views.PostPage> views = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setup() {
        Problems problems = new Problems();
        renderer = TemplateRenderer.load(Path.of("."), problems, names.equals("view-names") ? new ViewNames() : new StrictReflection());
        if (!problems.sorted().isEmpty()) throw new IllegalStateException("run from the repository: " + problems.sorted());
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) views.add(page(random, i));
    }

    /** Renders the next page of the cycle. */
    @Benchmark
    public byte[] renderPost() {
        int i = next;
        next = (i + 1) % views.size();
        return renderer.render("post", views.get(i));
    }

    private static Views.PostPage page(Random r, int i) {
        String url = "/posts/post-" + i + "/";
        Views.SiteView site = new Views.SiteView("alphanode", "Programming advice", "en", "/", "/assets/style.css",
                "/assets/favicon.svg", "/search/", "/archive/", List.of(new Views.Link("Home", "/"), new Views.Link("Tags", "/tags/"),
                new Views.Link("Stacks", "/stacks/")), false);
        Views.Head head = new Views.Head("Post " + i + " | alphanode", "Post " + i, words(r, 25), "https://example.org" + url, false,
                "article", null, List.of(new Views.Feed("alphanode", "/feed.xml", "/feed.json")), "{\"@type\":\"BlogPosting\"}");
        List<Views.TermGroup> groups = List.of(
                new Views.TermGroup("Tags", "tag", links(r, "/tags/", 3 + r.nextInt(3))),
                new Views.TermGroup("Stacks", "stack", links(r, "/stacks/", 1 + r.nextInt(2))));
        StringBuilder body = new StringBuilder();
        while (body.length() < 6000) body.append("<p>").append(words(r, 60)).append("</p>\n");
        List<String> checklist = new ArrayList<>();
        for (int k = r.nextInt(5); k > 0; k--) checklist.add(words(r, 6));
        Views.PostView post = new Views.PostView("Post " + i + ": " + words(r, 6), url, "3 December 2026", "2026-12-03", "/archive/2026/12/",
                5, "intermediate", "java", words(r, 30), groups, PostBody.of(body.toString()), checklist, meta(r));
        List<Views.Similar> similar = new ArrayList<>();
        for (int k = 0; k < 5; k++) similar.add(new Views.Similar(words(r, 6), "/posts/other-" + k + "/", "1 May 2026", "tag " + words(r, 1)));
        return new Views.PostPage(site, head, post, similar, new Views.Link(words(r, 5), "/posts/older/"), new Views.Link(words(r, 5), "/posts/newer/"));
    }

    /** A meta box as the generated posts have one: texts, lists of texts, and a map of texts and lists. */
    private static List<Views.MetaNode> meta(Random r) {
        List<Views.MetaNode> entries = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            if (k % 3 == 1) {
                List<Views.MetaNode> items = new ArrayList<>();
                for (int j = 2 + r.nextInt(4); j > 0; j--) items.add(text(null, words(r, 3)));
                entries.add(new Views.MetaNode("list " + k, null, items, null));
            } else if (k == 5) {
                List<Views.MetaNode> inner = new ArrayList<>();
                inner.add(text("owner", words(r, 2)));
                inner.add(new Views.MetaNode("steps", null, List.of(text(null, words(r, 4)), text(null, words(r, 4))), null));
                entries.add(new Views.MetaNode("map " + k, null, null, inner));
            } else {
                entries.add(text("field " + k, words(r, 4) + " & <" + k + ">"));
            }
        }
        return entries;
    }

    private static Views.MetaNode text(String label, String text) {
        return new Views.MetaNode(label, text, null, null);
    }

    private static List<Views.Link> links(Random r, String path, int n) {
        List<Views.Link> links = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String name = words(r, 1);
            links.add(new Views.Link(name, path + name + "/"));
        }
        return links;
    }

    private static final String[] WORDS = {"cache", "query", "index", "latency", "thread", "deploy", "schema", "retry", "budget",
        "release", "profile", "heap", "stream", "token", "shard", "replica", "queue", "lock", "batch", "trace"};

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) b.append(k == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        return b.toString();
    }
}
