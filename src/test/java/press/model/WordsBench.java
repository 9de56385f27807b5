package press.model;

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
import press.content.FrontMatter;
import press.content.MarkdownRenderer;
import press.generate.GeneratedPost;
import press.generate.SiteGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time of {@link Words#count} on one post's body text (prose, headings, code), as the parse step's
 * body indexes read it, on posts from {@code press generate}, one thread. It allocates little, so on
 * this noisy VM it tells a few per cent apart where {@code PostParseBench} cannot. Not run by
 * {@code mvn verify}; docs/content/internals/performance.md ("Benchmarks in the repo") has the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC"})
public class WordsBench {
    /** How many different posts the benchmark cycles through. */
    @Param({"500"})
    public int posts;

    private final List<BodyText> texts = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setup() {
        SiteGenerator generator = new SiteGenerator();
        MarkdownRenderer markdown = new MarkdownRenderer(false, "/", 0);
        for (int i = 0; i < posts; i++) {
            GeneratedPost p = generator.post(42, i);
            String[] error = new String[1];
            texts.add(markdown.render(FrontMatter.split(p.text(), error).body()).text());
        }
    }

    /** Counts the words of the next post's body text. */
    @Benchmark
    public Words.Counted count() {
        int i = next;
        next = (i + 1) % posts;
        return Words.count(texts.get(i));
    }
}
