package press.pipeline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.output.OutputWriter;
import press.problem.BuildException;
import press.problem.Problems;
import press.render.Route;
import press.render.TemplateRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The render+write step: renders only what the writer needs, commits only when nothing failed, and names a failed write or template. */
class RenderWriteTest {
    @TempDir
    Path site;
    private final ForkJoinPool pool = new ForkJoinPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Records what the step asks of it; {@code fresh} names the pages it says need rendering; {@code full} makes writes fail. */
    private static final class Recorder implements OutputWriter {
        final List<String> written = Collections.synchronizedList(new ArrayList<>());
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());
        final List<String> fresh;
        final boolean full;
        boolean committed;
        boolean closed;

        boolean usesViews = true;

        Recorder(List<String> fresh, boolean full) {
            this.fresh = fresh;
            this.full = full;
        }

        @Override
        public boolean usesViews() {
            return usesViews;
        }

        @Override
        public boolean needsRender(String path, Object view) {
            asked.add(path);
            return fresh.contains(path);
        }

        @Override
        public void write(String path, byte[] bytes) {
            if (full) throw new UncheckedIOException(new IOException("No space left on device"));
            written.add(path + "=" + new String(bytes, StandardCharsets.UTF_8).strip());
        }

        @Override
        public void copy(String path, Path from) {
            written.add(path + "<-" + from.getFileName());
        }

        @Override
        public void commit() {
            committed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private TemplateRenderer templates(String page) throws IOException {
        Files.createDirectories(site.resolve("templates"));
        for (String required : List.of("404", "list", "post", "search", "terms")) Files.writeString(site.resolve("templates/" + required + ".mustache"), "x");
        Files.writeString(site.resolve("templates/page.mustache"), page);
        Problems problems = new Problems();
        TemplateRenderer t = TemplateRenderer.load(site, problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return t;
    }

    private List<Route> routes() throws IOException {
        Path asset = Files.writeString(site.resolve("a.css"), "a{}");
        return List.of(
                new Route.Page("a/index.html", "page", () -> Map.of("title", "A"), null),
                new Route.Page("b/index.html", "page", () -> Map.of("title", "B"), null),
                new Route.Data("feed.xml", () -> "<feed/>".getBytes(StandardCharsets.UTF_8), () -> "feed view"),
                new Route.Data("robots.txt", "User-agent: *".getBytes(StandardCharsets.UTF_8)),
                new Route.Copy("assets/a.css", asset));
    }

    @Test
    void onlyThePagesAndDataTheWriterNeedsAreRenderedThenItCommits() throws IOException {
        Recorder w = new Recorder(List.of("b/index.html"), false);
        RenderWrite.Written done = RenderWrite.write(pool, routes(), templates("<h1>{{title}}</h1>"), new Problems(), () -> w,
                site.resolve("out"), Progress.NONE);
        assertEquals(List.of("assets/a.css<-a.css", "b/index.html=<h1>B</h1>", "robots.txt=User-agent: *"), w.written.stream().sorted().toList(),
                "a.html unchanged, the feed's view unchanged: neither made; data without a view always written");
        assertEquals(1, done.rendered().get());
        assertEquals("<h1>B</h1>".length() + "User-agent: *".length() + 3, done.bytes().get());
        assertTrue(w.asked.containsAll(List.of("a/index.html", "b/index.html", "feed.xml")));
        assertTrue(w.committed && w.closed);
    }

    /** A writer that renders everything is never asked, and no page key or feed view is made for it. */
    @Test
    void aWriterThatUsesNoViewsGetsEveryFileAndNoKeyIsMade() throws IOException {
        Recorder w = new Recorder(List.of(), false);
        w.usesViews = false;
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        List<Route> routes = List.of(
                new Route.Page("a/index.html", "page", () -> Map.of("title", "A"), null, () -> "key " + made.incrementAndGet()),
                new Route.Data("feed.xml", () -> "<feed/>".getBytes(StandardCharsets.UTF_8), () -> "feed view " + made.incrementAndGet()));
        RenderWrite.write(pool, routes, templates("<h1>{{title}}</h1>"), new Problems(), () -> w, site.resolve("out"), Progress.NONE);
        assertEquals(List.of("a/index.html=<h1>A</h1>", "feed.xml=<feed/>"), w.written.stream().sorted().toList());
        assertEquals(0, made.get(), "no key and no data view made");
        assertEquals(List.of(), w.asked);
    }

    @Test
    void aTemplateErrorIsAProblemAtTheTemplateAndNothingIsCommitted() throws IOException {
        Recorder w = new Recorder(List.of("a/index.html", "b/index.html"), false);
        BuildException e = assertThrows(BuildException.class, () -> RenderWrite.write(pool, routes(), templates("{{#title}}{{missing.deep}}{{/title}}"),
                new Problems(), () -> w, site.resolve("out"), Progress.NONE));
        assertFalse(e.problems().isEmpty());
        assertTrue(e.problems().sorted().get(0).toString().startsWith("templates/page.mustache"), e.problems().sorted().toString());
        assertFalse(w.committed, "a failed render never commits");
        assertTrue(w.closed, "the writer is closed (it throws its files away)");
    }

    @Test
    void aFailedWriteNamesTheOutputAndTheReasonAndNothingIsCommitted() throws IOException {
        Recorder w = new Recorder(List.of("a/index.html"), true);
        Path out = site.resolve("out");
        BuildException e = assertThrows(BuildException.class, () -> RenderWrite.write(pool, routes(), templates("<h1>{{title}}</h1>"),
                new Problems(), () -> w, out, Progress.NONE));
        assertEquals(out + ": cannot write the output: No space left on device, expected room and permission to write beside it",
                e.problems().sorted().get(0).toString());
        assertFalse(w.committed);
        assertTrue(w.closed);
    }

    @Test
    void anOutputThatCannotBeOpenedIsOneProblemAtIt() {
        Path out = site.resolve("out");
        BuildException e = assertThrows(BuildException.class, () -> RenderWrite.write(pool, List.of(), null, new Problems(),
                () -> {
                    throw new IllegalStateException("another build is writing " + out);
                }, out, Progress.NONE));
        assertEquals(out + ": another build is writing " + out, e.problems().sorted().get(0).toString());
    }
}
