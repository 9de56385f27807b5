package press.similar.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A smoke run of the benchmark body on a tiny site, so the benchmark cannot rot unnoticed. */
class SimilarFinderBenchTest {
    @Test
    void theBenchmarkBodyRuns() {
        SimilarFinderBench bench = new SimilarFinderBench();
        bench.size = 200;
        bench.threads = 2;
        bench.setup();
        var found = bench.find();
        assertEquals(200, found.size());
        found.forEach(links -> assertEquals(5, links.size()));
    }
}
