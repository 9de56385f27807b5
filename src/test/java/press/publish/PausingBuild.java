package press.publish;

import press.cli.Main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A child-JVM launcher for {@link KillAndDiskFullTest}: runs {@code press} with the given arguments,
 * but once the release being written holds {@code files} files, writes a marker file and stops
 * every writing thread, so the test kills the build at a known point instead of racing it.
 * Arguments: {@code files marker press-args...}.
 */
public final class PausingBuild {
    private PausingBuild() {}

    public static void main(String[] args) {
        int files = Integer.parseInt(args[0]);
        Path marker = Path.of(args[1]);
        AtomicBoolean told = new AtomicBoolean();
        ReleaseWriter.afterFile = n -> {
            if (n < files) return;
            if (told.compareAndSet(false, true)) {
                try {
                    Files.writeString(marker, Integer.toString(n));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            while (true) { // paused until killed
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
        int code = Main.run(Arrays.copyOfRange(args, 2, args.length));
        press.output.Trash.handOver(); // as Main.main does
        System.exit(code);
    }
}
