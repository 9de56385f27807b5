package press.cli;

import press.problem.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import press.generate.SiteGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic posts (same seed, same files) for load tests and evaluations.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--count", required = true, description = "number of posts")
    int count;

    @Option(names = "--seed", defaultValue = "42", description = "seed; post i depends only on (seed, i) (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--into", defaultValue = "content/posts", description = "folder to write <slug>.md files into (default ${DEFAULT-VALUE})")
    Path into;

    @Override
    public Integer call() {
        if (count < 0) {
            System.err.println("press generate: --count must be 0 or more, got " + count);
            return Main.USAGE;
        }
        SiteGenerator.Written w;
        try {
            w = new SiteGenerator().write(into, count, seed);
        } catch (IOException e) { // --into is a file, or a folder press may not write in
            System.err.println("press generate: " + WriteFailure.of(e) + ", expected a folder to write the posts into");
            return Main.USAGE;
        }
        System.err.printf(Locale.ROOT, "wrote %s (%.1f MB) to %s%n", Counted.of(w.posts(), "post"), w.bytes() / 1e6, into);
        return Main.OK;
    }
}
