package press.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --source DIR}, the site folder, for every command that works on a site (a picocli mixin: one spelling, one default). */
final class SiteFolder {
    @Option(names = "--source", paramLabel = "DIR", description = "site folder holding content/ and templates/ (default: .)")
    Path source = Path.of(".");

    /** {@code out} when given, else the site's default output folder {@code <source>/site}. */
    Path output(Path out) {
        return out != null ? out : source.resolve("site");
    }
}
