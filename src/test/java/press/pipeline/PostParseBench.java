package press.pipeline;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import press.config.SiteConfig;
import press.content.PostParser;
import press.generate.GeneratedPost;
import press.generate.SiteGenerator;
import press.model.Post;
import press.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to parse one post as a build's parse step does (front matter, Markdown rendered once, body
 * words and search terms: {@link BodyIndexer}), on posts from {@code press generate}, one thread.
 * Not run by {@code mvn verify}; docs/content/internals/performance.md ("Benchmarks") has the
 * command. The launcher's compiler choice is compared by appending {@code -XX:TieredStopAtLevel=1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC"})
public class PostParseBench {
    /** How many different posts the benchmark cycles through. */
    @Param({"500"})
    public int posts;

    private final List<Path> names = new ArrayList<>();
    private final List<byte[]> files = new ArrayList<>();
    private PostParser parser;
    private int next;

    @Setup(Level.Trial)
    public void setup() {
        SiteGenerator generator = new SiteGenerator();
        for (int i = 0; i < posts; i++) {
            GeneratedPost p = generator.post(42, i);
            names.add(Path.of("content/posts/" + p.slug() + ".md"));
            files.add(p.text().getBytes(StandardCharsets.UTF_8));
        }
        parser = new PostParser(SiteConfig.defaults(), BodyIndexer.INDEX);
    }

    /** Parses the next post of the cycle. */
    @Benchmark
    public Post parseOne() {
        int i = next;
        next = (i + 1) % posts;
        Problems problems = new Problems();
        return parser.parse(names.get(i), files.get(i), problems)
                .orElseThrow(() -> new IllegalStateException(names.get(i) + ": " + problems));
    }
}
