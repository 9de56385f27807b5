package press.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.scaffold.ContentWriter;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a new post (press new post \"Title\") or page (press new page docs/install) with its front matter "
                + "filled in, and print its path.")
final class NewCommand implements Callable<Integer> {
    enum Kind { post, page }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "post|page", description = "what to write: ${COMPLETION-CANDIDATES}")
    Kind kind;

    @Parameters(index = "1", paramLabel = "TITLE|PATH", description = "the post's title, or the page's path under content/")
    String value;

    @Mixin
    SiteFolder siteFolder = new SiteFolder();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the post's date (default: today, UTC, or SOURCE_DATE_EPOCH)")
    LocalDate date;

    @Override
    public Integer call() {
        try {
            Path written = kind == Kind.post
                    ? ContentWriter.newPost(siteFolder.source, value, date != null ? date : today())
                    : ContentWriter.newPage(siteFolder.source, value);
            spec.commandLine().getOut().println(siteFolder.source.resolve(written).normalize());
            spec.commandLine().getOut().flush();
            return Main.OK;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("press new: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        } catch (UncheckedIOException e) { // --source is a file, or a folder press may not write in
            spec.commandLine().getErr().println("press new: " + WriteFailure.of(e.getCause()) + ", expected a site folder to write into");
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        }
    }

    /** A new file's date: SOURCE_DATE_EPOCH when set, else today (UTC). Only these commands look at the clock; builds never do. */
    static LocalDate today() {
        return today(System.getenv("SOURCE_DATE_EPOCH"));
    }

    /**
     * As {@link #today()} with {@code epoch} as SOURCE_DATE_EPOCH: read as a build reads it
     * ({@link Clock}), so a value that is not whole seconds is refused (before, silently ignored).
     *
     * @throws IllegalArgumentException naming the value, when it is not whole seconds since 1970
     */
    static LocalDate today(String epoch) {
        Instant now = Clock.of(null, epoch).now();
        return (now != null ? now : Instant.now()).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
