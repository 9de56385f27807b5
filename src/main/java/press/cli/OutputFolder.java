package press.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --out DIR}, the output folder, for the commands that write or read a built site (a picocli mixin; see {@link SiteFolder#output}). */
final class OutputFolder {
    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: <source>/site)")
    Path out;
}
