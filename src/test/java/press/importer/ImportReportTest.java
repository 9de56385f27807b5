package press.importer;

import org.junit.jupiter.api.Test;
import press.problem.Problem;
import press.problem.SourcePos;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a run says: a line per page, the summary, the exit code, every problem in order. */
class ImportReportTest {
    private static ImportReport.Outcome o(String in, String out, ImportReport.Action a, Problem... ps) {
        return new ImportReport.Outcome(in, out, a, List.of(ps));
    }

    private static final List<ImportReport.Outcome> FILES = List.of(
            o("in/a.txt", "posts/a.md", ImportReport.Action.IMPORTED),
            o("in/b.txt", "posts/b.md", ImportReport.Action.OVERWRITTEN),
            o("in/c.txt", "posts/c.md", ImportReport.Action.SKIPPED, new Problem(new SourcePos("in/c.txt", 3, 0), "warning: w")),
            o("in/d.txt", null, ImportReport.Action.FAILED, new Problem(new SourcePos("in/d.txt", 1, 0), "bad")),
            o("in/e.txt", "posts/e.md", ImportReport.Action.UNCHANGED),
            o("in/empty", null, ImportReport.Action.NO_PAGES));

    @Test
    void aRunSaysWhatItDid() {
        ImportReport r = new ImportReport(FILES, false);
        assertEquals(List.of("imported: in/a.txt -> posts/a.md", "overwrote: in/b.txt -> posts/b.md", "skipped: posts/c.md was edited; --force overwrites",
                "failed: in/d.txt", "unchanged: in/e.txt -> posts/e.md", "no pages: in/empty"), FILES.stream().map(r::actionLine).toList());
        assertEquals("imported 2, unchanged 1, skipped 1, failed 1", r.summary(), "an overwritten post counts as imported");
        assertEquals(1, r.exitCode());
        assertEquals(List.of("in/c.txt:3: warning: w", "in/d.txt:1: bad"), r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aDryRunSaysWhatItWouldDo() {
        ImportReport r = new ImportReport(FILES, true);
        assertEquals(List.of("would import: in/a.txt -> posts/a.md", "would overwrite: in/b.txt -> posts/b.md",
                "would skip: posts/c.md was edited; --force overwrites", "would fail: in/d.txt", "unchanged: in/e.txt -> posts/e.md",
                "no pages: in/empty"), FILES.stream().map(r::actionLine).toList());
        assertEquals("dry run, nothing written: would have imported 2, unchanged 1, skipped 1, failed 1", r.summary());
    }

    @Test
    void skippedIsNoFailure() {
        assertEquals(0, new ImportReport(List.of(FILES.get(2), FILES.get(5)), false).exitCode());
    }
}
