package press.site;

import press.testing.SiteFixture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@code press check} on {@code src/test/resources/check/planted}: config (a renamed key, an
 * unknown one, a wrong value), front-matter, slug, case, link, anchor, image, bundle-file (posts,
 * pages, section indexes), unknown shortcode / Liquid tag / include and template defects all
 * reported in one run, sorted, exactly the lines of {@code expected-check.txt}, exit 1, and
 * nothing written. The bundle's present.png is there and is not reported.
 */
class CheckSiteTest {
    private static final Path PLANTED = SiteFixture.REPO.resolve("src/test/resources/check/planted");

    @TempDir
    Path tmp;

    @Test
    void everyPlantedDefectIsReportedInOneRunAndNothingIsWritten() throws IOException {
        Path site = SiteFixture.site(tmp.resolve("site"), PLANTED.resolve("content"));
        try (Stream<Path> s = Files.list(PLANTED.resolve("templates"))) {
            for (Path t : s.toList()) Files.copy(t, site.resolve("templates").resolve(t.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        SortedMap<String, byte[]> before = SiteFixture.tree(tmp);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("check", "--source", site.toString(), "--threads", "2");
        } finally {
            System.setErr(saved);
        }
        List<String> expected = Files.readAllLines(PLANTED.resolve("expected-check.txt"), StandardCharsets.UTF_8);
        List<String> printed = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(Main.PROBLEMS, code);
        assertEquals(expected, printed.subList(0, printed.size() - 1));
        assertEquals("press check: " + expected.size() + " problems", printed.get(printed.size() - 1));
        assertEquals(22, expected.size(), "every planted defect (see the fixture's files)");
        assertNull(SiteFixture.difference(before, SiteFixture.tree(tmp)), "press check wrote something");
    }

    @Test
    void aGoodSiteChecksClean() {
        Path site = SiteFixture.site(tmp.resolve("good"), SiteFixture.REPO.resolve("src/test/resources/golden/subpath/site/content"));
        assertEquals(Main.OK, Main.run("check", "--source", site.toString(), "--threads", "2"));
        assertEquals(false, Files.exists(site.resolve("site")));
    }
}
