package press.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/** Writes synthetic posts as {@code <slug>.md} files; the entry point of {@code press generate}. */
public final class SiteGenerator {
    private final PostSynthesizer synthesizer = new PostSynthesizer(Vocabulary.load());

    /** What a run wrote. */
    public record Written(int posts, long bytes) {}

    /** The text of post {@code i} (0-based) for {@code seed}, and its slug. */
    public GeneratedPost post(long seed, int i) {
        return synthesizer.make(seed, i);
    }

    /**
     * Writes posts 0..count-1 into {@code dir} (created if missing; files of the same name are
     * replaced, others left alone). Posts are made in parallel; each file depends only on (seed, i).
     */
    public Written write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        AtomicLong bytes = new AtomicLong();
        try {
            IntStream.range(0, count).parallel().forEach(i -> {
                GeneratedPost p = synthesizer.make(seed, i);
                byte[] data = p.text().getBytes(StandardCharsets.UTF_8);
                try {
                    Files.write(dir.resolve(p.slug() + ".md"), data);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.addAndGet(data.length);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Written(count, bytes.get());
    }
}
