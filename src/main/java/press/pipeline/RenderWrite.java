package press.pipeline;

import press.output.OutputWriter;
import press.problem.BuildException;
import press.problem.Problems;
import press.problem.SourcePos;
import press.render.Route;
import press.render.TemplateRenderer;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The render+write step of {@link Build}: every route rendered (when its writer needs it) and written, in a stream. */
final class RenderWrite {
    private RenderWrite() {}

    record Written(AtomicInteger rendered, AtomicLong bytes) {}

    /**
     * Renders every page the writer needs and writes it with the data files and assets, in a
     * stream: a page's view and bytes live only while it is written. Commits only when nothing failed.
     */
    static Written write(ForkJoinPool pool, List<Route> routes, TemplateRenderer templates, Problems problems,
                                 Supplier<OutputWriter> open, Path out, Progress progress) {
        Written written = new Written(new AtomicInteger(), new AtomicLong());
        AtomicInteger files = new AtomicInteger();
        OutputWriter writer;
        try {
            writer = open.get();
        } catch (IllegalStateException e) {
            throw BuildException.single("write", new SourcePos(out.toString(), 0, 0), e.getMessage());
        } catch (UncheckedIOException e) {
            throw cannotWrite(out, e);
        }
        try (writer) {
            boolean views = writer.usesViews(); // else no key or data view is made: every file is written
            Shares.forEach(pool, routes.size(), i -> {
                Route r = routes.get(i);
                if (r instanceof Route.Page p) {
                    // a page with a key: the key stands for the view, which is made only when the page is rendered
                    Object view = p.key() == null || !views ? p.view().get() : null;
                    if (!views || writer.needsRender(p.path(), view != null ? view : new Route.Key(p.key().get()))) {
                        written.rendered().incrementAndGet();
                        render(templates, p, view != null ? view : p.view().get(), problems).ifPresent(b -> {
                            writer.write(p.path(), b);
                            written.bytes().addAndGet(b.length);
                        });
                    }
                } else if (r instanceof Route.Data d) {
                    if (d.view() == null || !views || writer.needsRender(d.path(), d.view().get())) {
                        byte[] bytes = d.bytes(); // once: a feed is made on each call
                        writer.write(d.path(), bytes);
                        written.bytes().addAndGet(bytes.length);
                    }
                } else if (r instanceof Route.Copy c) {
                    writer.copy(c.path(), c.from());
                    written.bytes().addAndGet(c.from().toFile().length());
                }
                progress.files(files.incrementAndGet(), routes.size());
            });
            problems.throwIfAny("render");
            writer.commit();
        } catch (UncheckedIOException e) {
            throw cannotWrite(out, e);
        }
        return written;
    }

    /** A write that failed (a full disk, say): reported as a problem; the writer has thrown its files away. */
    private static BuildException cannotWrite(Path out, UncheckedIOException e) {
        return BuildException.single("write", new SourcePos(out.toString(), 0, 0),
                "cannot write the output: " + e.getCause().getMessage() + ", expected room and permission to write beside it");
    }

    private static Optional<byte[]> render(TemplateRenderer templates, Route.Page page, Object view, Problems problems) {
        try {
            return Optional.of(templates.render(page.template(), view));
        } catch (TemplateRenderer.TemplateError e) {
            problems.add(e.pos(), e.getMessage()); // the same for every page that fails alike, so it prints once
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(SourcePos.file(Path.of("templates", page.template() + ".mustache")),
                    "template error while rendering " + page.path() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

}
