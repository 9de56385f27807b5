package press.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build's progress on standard error: one line rewritten on a terminal, plain lines in a log, nothing for a quick build. */
class ProgressLineTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);

    @Test
    void aQuickBuildPrintsNothingEitherWay() {
        for (boolean terminal : new boolean[] {true, false}) {
            try (ProgressLine p = new ProgressLine(err, terminal)) {
                p.step("parse");
                p.files(1, 2);
            }
        }
        assertEquals("", text.toString());
    }

    @Test
    void onATerminalOneLineIsRewrittenAndClearedAtTheEnd() {
        try (ProgressLine p = new ProgressLine(err, true)) {
            p.step("render+write");
            p.files(6200, 13868);
            p.show();
            p.files(13868, 13868);
            p.show();
        }
        String out = text.toString();
        assertTrue(out.matches("\rpress: render\\+write 6200/13868 files, \\d+\\.\\d s\u001b\\[K"
                + "\rpress: render\\+write 13868/13868 files, \\d+\\.\\d s\u001b\\[K\r\u001b\\[K"), out);
        assertFalse(out.contains("\n"), "a terminal line never scrolls");
    }

    @Test
    void inALogEachShowIsALineAndNothingIsClearedAfter() {
        try (ProgressLine p = new ProgressLine(err, false)) {
            p.step("parse");
            p.show();
            p.files(1, 1);
            p.show();
            p.step("assemble");
            p.show();
        }
        String[] lines = text.toString().split(System.lineSeparator(), -1);
        assertEquals(4, lines.length, text.toString());
        assertTrue(lines[0].matches("press: parse, \\d+\\.\\d s"), lines[0]);
        assertTrue(lines[1].matches("press: parse 1/1 file, \\d+\\.\\d s"), "one file is a file: " + lines[1]);
        assertTrue(lines[2].matches("press: assemble, \\d+\\.\\d s"), "a new step starts without counts: " + lines[2]);
        assertEquals("", lines[3]);
        assertFalse(text.toString().contains("\u001b"), "no terminal codes in a log");
    }

    @Test
    void aLongBuildIsShownByItselfAfterTheQuietTime() throws InterruptedException {
        try (ProgressLine p = new ProgressLine(err, true)) {
            p.step("parse");
            Thread.sleep(ProgressLine.QUIET_MILLIS + 600);
        }
        assertTrue(text.toString().matches("(\rpress: parse, [2-9]\\.\\d s\u001b\\[K)+\r\u001b\\[K"), text.toString());
    }
}
