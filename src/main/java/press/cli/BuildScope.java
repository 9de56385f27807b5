package press.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code --drafts} and {@code --threads}, for the commands that build a site's model (a picocli mixin). */
final class BuildScope {
    @Option(names = "--drafts", description = "include posts marked draft: true")
    boolean drafts;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores); the output is the same for any count")
    int threads = Runtime.getRuntime().availableProcessors();

    /** False, with the reason on {@code err}, when the options are out of range. */
    boolean valid(String command, PrintWriter err) {
        if (threads >= 1) return true;
        err.println(command + ": --threads must be 1 or more");
        return false;
    }
}
