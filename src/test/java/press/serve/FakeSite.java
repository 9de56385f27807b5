package press.serve;

import press.problem.BuildException;
import press.problem.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A stand-in for the pipeline: each {@code content/**.md} becomes {@code out/**.html} wrapped in
 * {@code templates/page.html} (where {@code BODY} is replaced). Like the real build it writes a
 * fresh sibling folder and swaps it in, so the served folder is replaced under the server. A
 * source containing {@code BROKEN} fails the build with a problem line naming it.
 */
final class FakeSite implements SiteBuilder {
    final Path source;
    final Path out;
    final AtomicInteger builds = new AtomicInteger();

    FakeSite(Path source, Path out) {
        this.source = source;
        this.out = out;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void build() {
        builds.incrementAndGet();
        try {
            Path content = source.resolve("content");
            String template = Files.readString(source.resolve("templates/page.html"));
            List<Path> sources;
            try (Stream<Path> all = Files.walk(content)) {
                sources = all.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            for (Path md : sources) {
                String text = Files.readString(md);
                if (text.contains("BROKEN")) {
                    throw BuildException.single("parse", SourcePos.of(source.relativize(md), 1, 1),
                            "unexpected <script>alert(1)</script> & \"quotes\", expected a title");
                }
            }
            Path fresh = out.resolveSibling(out.getFileName() + ".new");
            delete(fresh);
            for (Path md : sources) {
                String rel = content.relativize(md).toString().replaceAll("\\.md$", ".html");
                write(fresh.resolve(rel), template.replace("BODY", Files.readString(md)));
            }
            Files.createDirectories(fresh);
            Path old = out.resolveSibling(out.getFileName() + ".old");
            delete(old);
            if (Files.exists(out)) Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
