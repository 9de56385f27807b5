package press.similar.bench;

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
import press.similar.Match;
import press.similar.SimilarFinder;
import press.similar.SimilarInput;
import press.similar.eval.EvalPost;
import press.similar.eval.GeneratedCorpus;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time of {@link SimilarFinder#find} (index build and every post's search) on posts from
 * {@code press generate}. Not run by {@code mvn verify}; see docs/content/guide/similar.md ("Benchmark") for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class SimilarFinderBench {
    @Param({"10000", "100000"})
    public int size;

    @Param({"1", "2"})
    public int threads;

    private List<SimilarInput> inputs;
    private SimilarFinder finder;

    @Setup(Level.Trial)
    public void setup() {
        inputs = GeneratedCorpus.posts(size, 42).stream().map(EvalPost::input).toList();
        finder = new SimilarFinder(SiteConfig.defaults().similar());
    }

    @Benchmark
    public List<List<Match>> find() {
        return finder.find(inputs, threads);
    }
}
