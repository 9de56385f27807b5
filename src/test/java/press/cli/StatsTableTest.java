package press.cli;

import org.junit.jupiter.api.Test;

import press.pipeline.BuildResult;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table of press build --stats: a row per step, the totals, and the counts line. */
class StatsTableTest {
    private static String print(BuildResult r) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            StatsTable.print(r, out);
        }
        return s.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void eachStepThenTheirSumsThenTheCounts() {
        BuildResult.Stats stats = new BuildResult.Stats(List.of(new BuildResult.Step("parse", 120, 400), new BuildResult.Step("render+write", 1234567, 9)),
                41, 987_654, 7, 3L * 1024 * 1024 + 1024 * 1024 - 1, false);
        BuildResult r = new BuildResult(50, 200, 10, 3, 0, 12, 0, List.of(), List.of(), stats, null);
        assertEquals("""
                  step            wall ms    cpu ms
                  parse               120       400
                  render+write    1234567         9
                  total           1234687       409
                  pages 50 (rendered 41), files 200, bytes 987654, posts reused from cache 7, peak heap 3 MB
                """, print(r));
    }

    @Test
    void noStepsIsATotalOfZero() {
        BuildResult r = new BuildResult(0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), new BuildResult.Stats(List.of(), 0, 0, 0, 0, true), null);
        assertEquals("""
                  step            wall ms    cpu ms
                  total                 0         0
                  pages 0 (rendered 0), files 0, bytes 0, posts reused from cache 0, peak heap 0 MB
                """, print(r));
    }

    @Test
    void theCacheSaveIsAStepOfItsOwnInTheTotal() {
        BuildResult r = new BuildResult(1, 2, 1, 0, 0, 0, 0, List.of(), List.of(),
                new BuildResult.Stats(List.of(new BuildResult.Step("parse", 100, 150)), 1, 10, 0, 0, false), null);
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            StatsTable.print(r, new BuildResult.Step("cache save", 40, 30), out);
        }
        assertEquals("""
                  step            wall ms    cpu ms
                  parse               100       150
                  cache save           40        30
                  total               140       180
                  pages 1 (rendered 1), files 2, bytes 10, posts reused from cache 0, peak heap 0 MB
                """, s.toString().replace(System.lineSeparator(), "\n"));
    }
}
