package press.similar.eval;

import press.generate.GeneratedPost;
import press.generate.SiteGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

/** Posts from {@code press generate}, parsed in memory (no files), for tests and the benchmark. */
public final class GeneratedCorpus {
    private GeneratedCorpus() {}

    public static List<EvalPost> posts(int count, long seed) {
        SiteGenerator gen = new SiteGenerator();
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            GeneratedPost p = gen.post(seed, i);
            try {
                return FrontMatterLoader.parse(p.slug() + ".md", p.text());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
